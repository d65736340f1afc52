import { ApiProvider } from '@bangfu/api-client';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { api, queryClient, tokens } from '../lib/api';

/** Renders routes inside the app's providers at `path`; returns the router for navigation checks. */
export function renderRoutes(routes: RouteObject[], path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api} tokens={tokens}>
        <RouterProvider router={router} />
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { ...utils, router };
}

export const renderAt = (path: string, pattern: string, element: ReactElement, extra: RouteObject[] = []) =>
  renderRoutes([{ path: pattern, element }, ...extra], path);

/** Fresh state between tests: no cached queries, no session, empty storage. */
export function resetApp(): void {
  queryClient.clear();
  tokens.clear();
  localStorage.clear();
  sessionStorage.clear();
}

export const citizen = { id: 'u1', name: '陈小梅', phone: '13800000005', roles: ['CITIZEN'], agency: null, supplier: null };

export function signIn(): void {
  tokens.set('test-token');
}
