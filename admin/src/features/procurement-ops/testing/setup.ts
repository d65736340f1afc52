/**
 * Test set-up for this folder's component tests (run with `// @vitest-environment jsdom`). Import it
 * FIRST in a test file: openapi-fetch captures `fetch` and `Request` when lib/api.ts creates the
 * client, so they must be replaced before that module is evaluated. Mirrors storefront/src/test.
 */
import { dispatch } from './fake-api';

if (typeof window !== 'undefined') {
  const Base = globalThis.Request;
  class RelativeRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `http://localhost${input}` : input, init);
    }
  }
  globalThis.Request = RelativeRequest as typeof Request;

  // What antd needs from a browser that jsdom does not provide.
  window.matchMedia ??= ((query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  const getStyle = window.getComputedStyle.bind(window);
  // jsdom does not implement pseudo-element styles and logs an error for each call.
  window.getComputedStyle = ((el: Element) => getStyle(el)) as typeof window.getComputedStyle;
}
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => dispatch(input instanceof Request ? input : new Request(input, init))) as typeof fetch;
