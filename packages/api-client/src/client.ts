import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError } from './errors';
import type { paths } from './schema';
import type { TokenStore } from './token';

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  tokens: TokenStore;
  /** Called after a 401 from any call except login/register; the token is already cleared. */
  onUnauthorized?: (request: Request) => void;
  /** Defaults to '' (same origin); paths in the schema already start with /api. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
}

/** Calls whose 401 means "wrong credentials", not "session expired". */
const CREDENTIAL_PATHS = ['/api/auth/login', '/api/auth/register'];

export function isCredentialRequest(request: Request): boolean {
  const { pathname } = new URL(request.url, 'http://localhost');
  return CREDENTIAL_PATHS.some((p) => pathname.endsWith(p));
}

export function authMiddleware({ tokens, onUnauthorized }: ApiClientOptions): Middleware {
  return {
    onRequest({ request }) {
      const token = tokens.get();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && !isCredentialRequest(request)) {
        tokens.clear();
        onUnauthorized?.(request);
      }
      return response;
    },
  };
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(authMiddleware(options));
  return client;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Turns openapi-fetch's `{data, error}` into a value or a thrown ApiError (what TanStack Query wants). */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new ApiError(response.status, error);
  return data as T;
}
