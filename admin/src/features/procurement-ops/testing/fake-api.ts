/** A programmable fake API for component tests: `mockApi({ 'GET /api/admin/quota': () => ranking })`. */
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Answer = unknown;
type Handler = (call: Call) => Answer | Promise<Answer>;

let routes: Record<string, Handler> = {};
export const calls: Call[] = [];

/** Routes are `METHOD /path` with `:param` segments; an unrouted call answers 404 (and is logged in calls). */
export function mockApi(next: Record<string, Handler>): void {
  routes = next;
  calls.length = 0;
}

/** An error answer: `status(400, { code, message })`. */
export const status = (code: number, body?: unknown) => ({ __status: code, body });

function match(pattern: string, method: string, path: string): boolean {
  const [m, p] = pattern.split(' ');
  if (m !== method) return false;
  const a = p.split('/');
  const b = path.split('/');
  return a.length === b.length && a.every((seg, i) => seg.startsWith(':') || seg === b[i]);
}

export async function dispatch(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const text = request.method === 'GET' ? '' : await request.text();
  const call: Call = { method: request.method, path: decodeURIComponent(url.pathname), query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
  calls.push(call);
  const key = Object.keys(routes).find((k) => match(k, call.method, call.path));
  if (!key) return json(404, { statusCode: 404, code: 'NOT_FOUND', message: `未模拟的接口 ${call.method} ${call.path}` });
  const answer = await routes[key](call);
  if (answer instanceof Response) return answer;
  if (answer && typeof answer === 'object' && '__status' in answer) {
    const a = answer as { __status: number; body?: unknown };
    return a.body === undefined ? new Response(null, { status: a.__status }) : json(a.__status, a.body);
  }
  return json(200, answer);
}

const json = (code: number, body: unknown) => new Response(JSON.stringify(body), { status: code, headers: { 'Content-Type': 'application/json' } });

/** Calls to one route, e.g. `callsTo('POST', '/api/admin/declarations/reminders')`. */
export const callsTo = (method: string, path: string) => calls.filter((c) => c.method === method && match(`${method} ${path}`, c.method, c.path));
