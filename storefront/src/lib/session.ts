/** Session expiry (a 401) is raised by the API client and handled inside the router (see AppLayout). */
type Listener = (request: Request) => void;

const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionExpired(request: Request): void {
  listeners.forEach((l) => l(request));
}
