/**
 * Vitest set-up for component tests: the app's API client (created at import in lib/api.ts) talks to
 * `fetch`, which is replaced here by a dispatcher that tests program with `mockApi` (src/test/api.ts).
 * Relative URLs ('/api/…', as the app uses them) are resolved against http://localhost.
 */
import { dispatch } from './api';

if (typeof window !== 'undefined') {
  const Base = globalThis.Request;
  class RelativeRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `http://localhost${input}` : input, init);
    }
  }
  globalThis.Request = RelativeRequest as typeof Request;
}
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => dispatch(input instanceof Request ? input : new Request(input, init))) as typeof fetch;
