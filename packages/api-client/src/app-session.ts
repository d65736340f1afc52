import { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from './client';
import { ApiError } from './errors';
import { createTokenStore, type TokenStore } from './token';

type Listener = (request: Request) => void;

export interface AppSession {
  tokens: TokenStore;
  api: ApiClient;
  queryClient: QueryClient;
  /** Subscribes to session expiry (a 401 outside login); returns the unsubscribe function. */
  onSessionExpired: (listener: Listener) => () => void;
}

/**
 * Everything one front end needs to talk to the API: its own token key (the storefront and the
 * admin share an origin but not a session), the typed client, and a QueryClient whose queries don't
 * retry client errors (a 4xx will not fix itself). Expiry is raised by the client and handled
 * inside each app's router.
 */
export function createAppSession(tokenKey: string): AppSession {
  const listeners = new Set<Listener>();
  const tokens = createTokenStore(tokenKey);
  const api = createApiClient({ tokens, onUnauthorized: (request) => listeners.forEach((l) => l(request)) });
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
  return {
    tokens,
    api,
    queryClient,
    onSessionExpired: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
