import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

/** Every query about my own invitations starts with this key, so answering one refreshes them all. */
export const MY_INVITATIONS_KEY = ['me', 'invitations'] as const;

/** How many invitations wait for my answer (one item fetched: only the total is wanted). */
export function usePendingInvitationCount(enabled: boolean): number {
  const count = useQuery({
    queryKey: [...MY_INVITATIONS_KEY, 'count'],
    queryFn: async () =>
      unwrap(await api.GET('/api/me/invitations', { params: { query: { page: 1, pageSize: 1 } } }))
        .total,
    enabled,
  });
  return count.data ?? 0;
}
