import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import EventPage from './EventPage';

const EVENT_ID = 'e0000000-0000-4000-8000-000000000001';
const ASSOCIATION_ID = 'a0000000-0000-4000-8000-000000000001';

const event = (overrides: Record<string, unknown> = {}) => ({
  id: EVENT_ID,
  associationId: ASSOCIATION_ID,
  uid: `${EVENT_ID}@agora`,
  sequence: 0,
  status: 'scheduled',
  title: 'General assembly',
  description: 'Budget\nElections',
  location: 'Town hall',
  startsAt: '2031-05-01T16:00:00.000Z',
  endsAt: '2031-05-01T18:00:00.000Z',
  timeZone: 'Europe/Paris',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const association = { id: ASSOCIATION_ID, name: 'Chess Club', myRole: 'member' };

describe('EventPage', () => {
  it('shows the event the mail links to, with its association and a calendar download', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () => json(200, event()),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'General assembly' }),
    ).toBeVisible();
    expect(screen.getByText('Town hall')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Chess Club' })).toHaveAttribute(
      'href',
      `/associations/${ASSOCIATION_ID}`,
    );
    expect(screen.getByRole('button', { name: 'Add to calendar (.ics)' })).toBeEnabled();
  });

  it('says a cancelled event was cancelled and offers no calendar to add', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () => json(200, event({ status: 'cancelled' })),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () => json(200, association),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to calendar (.ics)' })).toBeNull();
  });

  it('tells someone who may not see it what to do instead of showing an error', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/events/${EVENT_ID}`]: () =>
        problem(404, undefined, 'No such event, or you may not see it.'),
    });
    renderRoute(<EventPage />, {
      path: '/events/:eventId',
      url: `/events/${EVENT_ID}`,
      signedIn: true,
    });

    expect(await screen.findByRole('heading', { name: 'Event not found' })).toBeVisible();
    expect(screen.getByText(/accept the invitation first/)).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).toBeNull();
  });
});
