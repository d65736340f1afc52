/** What antd needs from a browser that jsdom lacks. */
if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  // jsdom only logs "not implemented" for pseudo-element styles; antd asks for scrollbar sizes.
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((el: Element) => computed(el)) as typeof window.getComputedStyle;
}
export {};
