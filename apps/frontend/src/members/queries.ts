import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Member = components['schemas']['MemberDto'];

/**
 * Query keys of an association's members. They start with the association's own key, so refreshing
 * the association (a member changed, someone joined) refreshes every members page too.
 */
export const memberKeys = {
  all: (associationId: string) => ['associations', associationId, 'members'] as const,
  page: (associationId: string, query: { q: string; page: number; pageSize: number }) =>
    [...memberKeys.all(associationId), query] as const,
};

/** One page of members by name, those matching `q` (accents and case ignored) when it is set. */
export function useMembersPage(
  associationId: string,
  query: { q: string; page: number; pageSize: number },
  enabled = true,
) {
  return useQuery({
    queryKey: memberKeys.page(associationId, query),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/members', {
          params: {
            path: { id: associationId },
            query: { q: query.q || undefined, page: query.page, pageSize: query.pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}
