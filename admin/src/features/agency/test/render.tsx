import { ApiProvider, meQueryKey } from '@bangfu/api-client';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { api, queryClient, tokens } from '../../../lib/api';

export const AGENCY_ID = '11111111-1111-4111-8111-111111111111';

export const manager = {
  id: 'u7', name: '单位管理员', phone: '13800000007', roles: ['AGENCY_MANAGER'], agencyId: AGENCY_ID, supplierId: null,
  agency: { id: AGENCY_ID, name: '深圳市福田区机关事务管理局' }, supplier: null,
};

/** Renders a page signed in as `user` (the me query is primed), inside the admin's providers. */
export function renderPage(element: ReactElement, { user = manager as unknown, path = '/' }: { user?: unknown; path?: string } = {}) {
  queryClient.clear();
  tokens.set('test-token');
  queryClient.setQueryData(meQueryKey, user);
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ApiProvider api={api} tokens={tokens}>
            <RouterProvider router={router} />
          </ApiProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}
