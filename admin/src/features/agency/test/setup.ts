/**
 * Component-test set-up for antd pages in jsdom: the browser APIs antd expects, and `fetch` routed to
 * the fake API (lib/api's client keeps the fetch it saw when created, so import this module first).
 */
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { dispatch } from './fakeApi';

// antd pages are heavy in jsdom: give queries and tests room (nothing here waits on a clock).
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

if (typeof window !== 'undefined') {
  const Base = globalThis.Request;
  class RelativeRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === 'string' && input.startsWith('/') ? `http://localhost${input}` : input, init);
    }
  }
  globalThis.Request = RelativeRequest as typeof Request;
  if (!window.matchMedia) {
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
  }
  if (!('ResizeObserver' in window)) {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  // jsdom implements no pseudo-element styles and logs an error when antd asks for the scrollbar's.
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((elt: Element) => computed(elt)) as typeof window.getComputedStyle;
}
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => dispatch(input instanceof Request ? input : new Request(input, init))) as typeof fetch;
