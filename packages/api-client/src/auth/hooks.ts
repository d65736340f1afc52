import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { unwrap, type ApiClient } from '../client';
import type { LoginBody, Me, RegisterBody } from '../types';
import { useApiContext, useToken } from './ApiProvider';

export const meQueryKey = ['auth', 'me'] as const;

const meQuery = (api: ApiClient) => ({
  queryKey: meQueryKey,
  queryFn: () => unwrap(api.GET('/api/auth/me')),
  staleTime: 5 * 60_000,
  retry: false,
});

export interface AuthState {
  /** The signed-in user, null when signed out, undefined while loading. */
  user: Me | null | undefined;
  isLoading: boolean;
}

/** Who is signed in, from GET /auth/me; no request at all without a token. */
export function useAuth(): AuthState {
  const { api } = useApiContext();
  const token = useToken();
  const query = useQuery({ ...meQuery(api), enabled: !!token });
  if (!token) return { user: null, isLoading: false };
  if (query.isPending) return { user: undefined, isLoading: true };
  return { user: query.data ?? null, isLoading: false };
}

async function startSession(
  qc: QueryClient,
  api: ApiClient,
  tokens: { set(t: string): void },
  accessToken: string,
): Promise<Me> {
  qc.removeQueries(); // nothing cached for the previous user may leak into this session
  tokens.set(accessToken);
  return qc.fetchQuery(meQuery(api));
}

export function useLogin() {
  const { api, tokens } = useApiContext();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      const res = await unwrap(api.POST('/api/auth/login', { body }));
      return startSession(qc, api, tokens, res.accessToken);
    },
  });
}

export function useRegister() {
  const { api, tokens } = useApiContext();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterBody) => {
      const res = await unwrap(api.POST('/api/auth/register', { body }));
      return startSession(qc, api, tokens, res.accessToken);
    },
  });
}

/** Signs out locally: the token is a stateless JWT, so forgetting it is enough. */
export function useLogout(): () => void {
  const { tokens } = useApiContext();
  const qc = useQueryClient();
  return useCallback(() => {
    tokens.clear();
    qc.clear();
  }, [tokens, qc]);
}
