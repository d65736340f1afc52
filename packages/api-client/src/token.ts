/** Minimal subset of the Web Storage API, so tests can pass an in-memory store. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Called whenever the token changes (also from another tab). Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function defaultStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Access to localStorage can throw (privacy mode); fall back to memory.
  }
  return memoryStorage();
}

/**
 * Keeps the bearer token in localStorage under `key`. The storefront and the admin are served from
 * the same origin, so each app uses its own key and their sessions stay independent.
 */
export function createTokenStore(key: string, storage: KeyValueStorage = defaultStorage()): TokenStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key === key) notify();
    });
  }

  return {
    get: () => storage.getItem(key),
    set(token) {
      storage.setItem(key, token);
      notify();
    },
    clear() {
      if (storage.getItem(key) === null) return;
      storage.removeItem(key);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
