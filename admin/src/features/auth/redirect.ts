/** Paths are inside the /admin basename. Only same-app paths are accepted as a post-login target. */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}

export function loginPath(current?: string): string {
  if (!current || current === '/' || current.startsWith('/login')) return '/login';
  return `/login?redirect=${encodeURIComponent(current)}`;
}
