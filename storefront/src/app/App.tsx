import { ApiProvider } from '@bangfu/api-client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { api, queryClient, tokens } from '../lib/api';
import { router } from './router';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api} tokens={tokens}>
        <RouterProvider router={router} />
      </ApiProvider>
    </QueryClientProvider>
  );
}
