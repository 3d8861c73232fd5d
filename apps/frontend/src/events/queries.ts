import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

export type When = 'upcoming' | 'past';

/** Keys of event queries; invalidating `association(id)` refreshes both of its lists. */
export const eventKeys = {
  association: (associationId: string) => ['associations', associationId, 'events'] as const,
  associationList: (associationId: string, when: When, page: number) =>
    [...eventKeys.association(associationId), when, { page }] as const,
};

/**
 * One of an association's two event lists: what starts from `now` on, soonest first, or what
 * started before, latest first (on each page, cancelled ones after the others). `now` is fixed by the caller once per visit, so the key holds.
 */
export function useAssociationEvents(
  associationId: string,
  when: When,
  now: string,
  page: number,
  pageSize: number,
) {
  return useQuery({
    queryKey: eventKeys.associationList(associationId, when, page),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/events', {
          params: {
            path: { id: associationId },
            query:
              when === 'upcoming'
                ? { from: now, order: 'asc', page, pageSize }
                : { to: now, order: 'desc', page, pageSize },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    // What did take place comes before what was called off.
    select:
      when === 'past'
        ? (data) => ({
            ...data,
            items: [
              ...data.items.filter((event) => event.status !== 'cancelled'),
              ...data.items.filter((event) => event.status === 'cancelled'),
            ],
          })
        : undefined,
  });
}
