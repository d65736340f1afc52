import { ApiProvider } from '@bangfu/api-client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { api, tokens } from '../../../lib/api';

export const operator = { id: 'op-1', name: '平台运营', phone: '13800000001', roles: ['OPERATOR'], agencyId: null, supplierId: null, agency: null, supplier: null };

/** Renders a page as the admin app does (zh_CN antd, App context, API provider), signed in as an operator. */
export function renderPage(ui: ReactElement) {
  tokens.set('test-token');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={client}>
          <ApiProvider api={api} tokens={tokens}>
            <MemoryRouter>{ui}</MemoryRouter>
          </ApiProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}
