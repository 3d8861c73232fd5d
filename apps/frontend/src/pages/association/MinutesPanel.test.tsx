import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, named, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import AssociationPage from './AssociationPage';
import { association, ASSOCIATION_ID, page } from './association.fixtures';

const MINUTE_ID = 'm0000000-0000-4000-8000-000000000001';
const summary = {
  id: MINUTE_ID,
  heldOn: '2026-06-14',
  title: null,
  kind: 'board',
  excerpt: 'Budget prepared.',
  voterCount: 3,
  createdAt: '2026-06-15T00:00:00.000Z',
  updatedAt: '2026-06-15T00:00:00.000Z',
};

function openMinutesTab(
  restore: () => Response,
  state: unknown = { deletedMinute: { id: MINUTE_ID, heading: 'Board meeting of June 14, 2026' } },
) {
  let items: unknown[] = [];
  const api = stubApi({
    ...association('admin'),
    [`GET /api/associations/${ASSOCIATION_ID}/minutes`]: () => json(200, page(items)),
    [`POST /api/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}/restore`]: () => {
      items = [summary];
      return restore();
    },
  });
  renderRoute(<AssociationPage />, {
    path: '/associations/:associationId',
    url: `/associations/${ASSOCIATION_ID}?tab=minutes`,
    state,
    signedIn: true,
  });
  return api;
}

describe('MinutesPanel', () => {
  it('lists minutes by meeting, day and voters, each linking to its page', async () => {
    stubApi({
      ...association('member'),
      [`GET /api/associations/${ASSOCIATION_ID}/minutes`]: () => json(200, page([summary])),
    });
    renderRoute(<AssociationPage />, {
      path: '/associations/:associationId',
      url: `/associations/${ASSOCIATION_ID}?tab=minutes`,
      signedIn: true,
    });

    const link = await screen.findByRole('link', { name: 'Board meeting of June 14, 2026' });
    expect(link).toHaveAttribute('href', `/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`);
    expect(screen.getByText('3 voters')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('offers to undo a deletion and brings the minutes back', async () => {
    const api = openMinutesTab(() => json(200, { ...summary, content: 'x', voters: [] }));
    const user = userEvent.setup();

    expect(
      await screen.findByText('“Board meeting of June 14, 2026” was deleted.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(
      await screen.findByRole('link', { name: 'Board meeting of June 14, 2026' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/was deleted/)).not.toBeInTheDocument());
    expect(api.requests.filter((request) => request.path.endsWith('/restore'))).toHaveLength(1);
  });

  it('says when it is too late to undo', async () => {
    openMinutesTab(() => named(404, 'not-found'));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Undo' }));

    expect(await screen.findByText('Too late to undo: the minutes are gone.')).toBeInTheDocument();
  });
});
