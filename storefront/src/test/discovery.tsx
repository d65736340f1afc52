import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';

/**
 * For discovery views whose tests mock `lib/api`'s `api.GET` directly: renders `ui` with a fresh
 * query client (no retries) in a memory router at `url`, mounted at route `path`; any other route
 * shows where navigation went (data-testid="location").
 */
export function renderView(ui: ReactElement, { url = '/', path = '/' }: { url?: string; path?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function LocationProbe() {
  const l = useLocation();
  return <p data-testid="location">{l.pathname + l.search}</p>;
}

/** An openapi-fetch style answer for a mocked `api.GET`. */
export const ok = <T,>(data: T) => Promise.resolve({ data, error: undefined, response: new Response(null, { status: 200 }) });
export const fail = (status: number, body: unknown = { statusCode: status, code: 'X', message: '出错了' }) =>
  Promise.resolve({ data: undefined, error: body, response: new Response(null, { status }) });
