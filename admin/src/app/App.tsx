import { ApiProvider } from '@bangfu/api-client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router-dom';
import { api, queryClient, tokens } from '../lib/api';
import { router } from './router';

dayjs.locale('zh-cn');

export function App() {
  return (
    <ConfigProvider
      locale={zhCN}
      // No auto space in two-character labels: the button must read 「登录」, not 「登 录」.
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#c2410c', borderRadius: 6 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <ApiProvider api={api} tokens={tokens}>
            <RouterProvider router={router} />
          </ApiProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
