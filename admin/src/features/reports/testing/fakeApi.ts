/**
 * A programmable fake API for the console's component tests (no backend in unit tests): tests swap
 * `lib/api` for `fakeLibApi()` with vi.mock, then answer routes with `mockApi({ 'GET /api/…': fn })`.
 * Every request is recorded in `calls` with its path and query, so tests can assert what was asked.
 */
import { createApiClient, createTokenStore, memoryStorage } from '@bangfu/api-client';
import { QueryClient } from '@tanstack/react-query';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
}

type Answer = unknown;
type Handler = (call: Call) => Answer | Promise<Answer>;

let routes: Record<string, Handler> = {};
export const calls: Call[] = [];

export function mockApi(next: Record<string, Handler>): void {
  routes = next;
  calls.length = 0;
}

/** An answer with a status (and optional JSON body). */
export const status = (code: number, body?: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status: code, headers: { 'Content-Type': 'application/json' } });

/** An .xlsx answer as the export routes send it. */
export const xlsx = (filename: string) =>
  new Response(new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), {
    status: 200,
    headers: { 'Content-Disposition': `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}` },
  });

function match(pattern: string, method: string, path: string): boolean {
  const [m, p] = pattern.split(' ');
  if (m !== method) return false;
  const a = p.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((seg, i) => seg.startsWith(':') || seg === b[i]);
}

export async function dispatch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const call: Call = { method: request.method, path: decodeURIComponent(url.pathname), query: url.searchParams, headers: request.headers };
  calls.push(call);
  const key = Object.keys(routes).find((k) => match(k, call.method, call.path));
  if (!key) return status(404, { statusCode: 404, code: 'NOT_FOUND', message: `未模拟的接口 ${call.method} ${call.path}` });
  const answer = await routes[key](call);
  return answer instanceof Response ? answer : new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** Stand-in for `lib/api` (same exports) whose client talks to `dispatch`. */
export function fakeLibApi() {
  const tokens = createTokenStore('test.admin.token', memoryStorage());
  tokens.set('test-token');
  const api = createApiClient({
    tokens,
    baseUrl: 'http://localhost',
    fetch: (input: RequestInfo | URL, init?: RequestInit) => dispatch(input instanceof Request ? input : new Request(input, init)),
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { api, tokens, queryClient, onSessionExpired: () => () => undefined };
}
