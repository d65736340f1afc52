/** Pages anyone may see; a silent session check failing there must not force a login. */
const PUBLIC_PATHS = ['/', '/categories', '/cart', '/login', '/register'];

/** Only same-app paths are allowed as a post-login target (no open redirects). */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

export function loginPath(current?: string): string {
  if (!current || current === '/' || current.startsWith('/login') || current.startsWith('/register')) return '/login';
  return `/login?redirect=${encodeURIComponent(current)}`;
}

/**
 * Where to send the user after a 401, or null to stay. The background "who am I" check on a public
 * page only signs the user out; any other 401 (or any 401 on a private page) goes to login.
 */
export function redirectAfterExpiry(request: Request, location: { pathname: string; search: string }): string | null {
  const { pathname } = location;
  if (pathname === '/login' || pathname === '/register') return null;
  const isSessionCheck = new URL(request.url, 'http://localhost').pathname.endsWith('/api/auth/me');
  if (isSessionCheck && PUBLIC_PATHS.includes(pathname)) return null;
  return loginPath(pathname + location.search);
}
