import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open } from './association.fixtures';

const EVENTS = `GET /api/associations/${ASSOCIATION_ID}/events`;

const event = (id: string, title: string, startsAt: string, status = 'scheduled') => ({
  id,
  associationId: ASSOCIATION_ID,
  uid: `${id}@agora`,
  sequence: 0,
  status,
  title,
  description: null,
  location: null,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
  timeZone: 'UTC',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const list = (items: unknown[]) => json(200, { items, total: items.length, page: 1, pageSize: 20 });

describe('The events tab', () => {
  it('shows what is coming first, then the past, latest first and the cancelled last', async () => {
    const api = stubApi({
      ...association('member'),
      [EVENTS]: ({ search }) =>
        search.includes('from=')
          ? list([event('u1', 'Spring fair', '2040-04-01T10:00:00Z')])
          : list([
              event('p1', 'Called off', '2025-06-01T10:00:00Z', 'cancelled'),
              event('p2', 'Winter party', '2025-01-01T10:00:00Z'),
            ]),
    });
    open(`/associations/${ASSOCIATION_ID}?tab=events`);

    const upcoming = await screen.findByRole('region', { name: 'Upcoming' });
    const past = await screen.findByRole('region', { name: 'Past' });
    expect(upcoming.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(upcoming).getByRole('article', { name: 'Spring fair' })).toBeInTheDocument();
    expect(
      within(past)
        .getAllByRole('article')
        .map((article) => article.getAttribute('aria-label')),
    ).toEqual(['Winter party', 'Called off']);
    // A cancelled event has nothing to add to a calendar.
    expect(
      within(within(past).getByRole('article', { name: 'Called off' })).queryByRole('button', {
        name: 'Add to calendar (.ics)',
      }),
    ).not.toBeInTheDocument();

    const [soon, before] = [
      new URLSearchParams(api.calls(EVENTS).find((call) => call.search.includes('from='))!.search),
      new URLSearchParams(api.calls(EVENTS).find((call) => call.search.includes('to='))!.search),
    ];
    expect(soon.get('order')).toBe('asc');
    expect(before.get('order')).toBe('desc');
    // Both lists split at the same instant.
    expect(soon.get('from')).toBe(before.get('to'));
  });

  it('leaves the past out while there is none', async () => {
    stubApi({
      ...association('member'),
      [EVENTS]: ({ search }) =>
        list(search.includes('from=') ? [event('u1', 'Spring fair', '2040-04-01T10:00:00Z')] : []),
    });
    open(`/associations/${ASSOCIATION_ID}?tab=events`);

    expect(await screen.findByRole('article', { name: 'Spring fair' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Past' })).not.toBeInTheDocument();
  });
});
