/**
 * A programmable fake API for this folder's component tests: `mockApi({ 'GET /api/x/:id': () => body })`.
 * Import './setup' FIRST in a test file so `fetch` is replaced before lib/api creates its client.
 */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

type Handler = (call: Call) => unknown;

let routes: Record<string, Handler> = {};
export const calls: Call[] = [];

export function mockApi(next: Record<string, Handler>): void {
  routes = next;
  calls.length = 0;
}

/** An error answer: `status(400, { code, message })`. */
export const status = (code: number, body?: unknown) => ({ __status: code, body });

function match(pattern: string, method: string, path: string): boolean {
  const [m, p] = pattern.split(' ');
  if (m !== method) return false;
  const a = p!.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((seg, i) => seg.startsWith(':') || seg === b[i]);
}

const json = (code: number, body: unknown) => new Response(JSON.stringify(body), { status: code, headers: { 'Content-Type': 'application/json' } });

export async function dispatch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const text = request.method === 'GET' ? '' : await request.text();
  const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
  calls.push(call);
  const key = Object.keys(routes).find((k) => match(k, call.method, call.path));
  if (!key) return json(404, { statusCode: 404, code: 'NOT_FOUND', message: `未模拟的接口 ${call.method} ${call.path}` });
  const answer = await routes[key]!(call);
  if (answer && typeof answer === 'object' && '__status' in answer) {
    const a = answer as { __status: number; body?: unknown };
    return json(a.__status, a.body ?? { statusCode: a.__status, code: 'X', message: '出错了' });
  }
  return json(200, answer);
}
