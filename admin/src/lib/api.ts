import { ApiError, createApiClient, createTokenStore } from '@bangfu/api-client';
import { QueryClient } from '@tanstack/react-query';
import { emitSessionExpired } from './session';

/** Separate from the storefront's key: both apps share the origin but not the session. */
export const tokens = createTokenStore('bangfu.admin.token');

export const api = createApiClient({ tokens, onUnauthorized: emitSessionExpired });

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});
