import { ApiError, createApiClient, createTokenStore } from '@bangfu/api-client';
import { QueryClient } from '@tanstack/react-query';
import { emitSessionExpired } from './session';

export const tokens = createTokenStore('bangfu.storefront.token');

export const api = createApiClient({ tokens, onUnauthorized: emitSessionExpired });

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not fix themselves; retry only network and server errors.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});
