import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../client';
import type { TokenStore } from '../token';

interface ApiContextValue {
  api: ApiClient;
  tokens: TokenStore;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ api, tokens, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ api, tokens }}>{children}</ApiContext.Provider>;
}

export function useApiContext(): ApiContextValue {
  const ctx = useContext(ApiContext);
  if (!ctx) throw new Error('useApiContext must be used inside <ApiProvider>');
  return ctx;
}

/** The current bearer token; re-renders when it changes (login, logout, 401, another tab). */
export function useToken(): string | null {
  const { tokens } = useApiContext();
  return useSyncExternalStore(tokens.subscribe, tokens.get, () => null);
}
