import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Suggestion = ResponseOf<'/api/search/suggest', 'get'>['items'][number];

/** Suggestions for what has been typed so far (debounce `q` before passing it). */
export function useSuggestions(q: string) {
  const text = q.trim().slice(0, 50);
  return useQuery({
    queryKey: ['shop', 'suggest', text],
    queryFn: ({ signal }) => unwrap(api.GET('/api/search/suggest', { params: { query: { q: text } }, signal })),
    enabled: text.length > 0,
    select: (d) => d.items,
    staleTime: 60_000,
    retry: false,
  });
}
