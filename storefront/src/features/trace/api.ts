import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type TraceStory = ResponseOf<'/api/trace/{code}', 'get'>;
export type TraceEvent = TraceStory['events'][number];

export function useTrace(code: string | undefined) {
  return useQuery({
    queryKey: ['trace', code],
    queryFn: () => unwrap(api.GET('/api/trace/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
    retry: (n, err) => (err as { status?: number }).status !== 404 && n < 2,
  });
}
