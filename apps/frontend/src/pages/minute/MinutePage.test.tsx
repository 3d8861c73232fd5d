import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, noContent, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import MinutePage from './MinutePage';

const ASSOCIATION_ID = 'a0000000-0000-4000-8000-000000000001';
const MINUTE_ID = 'm0000000-0000-4000-8000-000000000001';

const minute = (overrides: Record<string, unknown> = {}) => ({
  id: MINUTE_ID,
  associationId: ASSOCIATION_ID,
  heldOn: '2026-06-14',
  title: 'Annual general assembly',
  kind: 'general-assembly',
  content: 'Budget adopted.\nNew board elected.',
  voters: [
    { userId: 'u-1', firstName: 'Ada', lastName: 'Lovelace' },
    { userId: 'u-2', firstName: 'Charles', lastName: 'Babbage' },
  ],
  createdAt: '2026-06-15T00:00:00.000Z',
  updatedAt: '2026-06-15T00:00:00.000Z',
  ...overrides,
});

function openMinute(myRole: 'admin' | 'member', overrides: Record<string, unknown> = {}) {
  const api = stubApi({
    ...signedIn(),
    [`GET /api/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`]: () =>
      json(200, minute(overrides)),
    [`GET /api/associations/${ASSOCIATION_ID}`]: () =>
      json(200, { id: ASSOCIATION_ID, name: 'Chess Club', myRole }),
    [`DELETE /api/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`]: () => noContent(),
  });
  renderRoute(<MinutePage />, {
    path: '/associations/:associationId/minutes/:minuteId',
    url: `/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`,
    signedIn: true,
  });
  return api;
}

describe('MinutePage', () => {
  it('reads as a document: title, kind, day, text and who voted, ready to print', async () => {
    openMinute('member');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annual general assembly' }),
    ).toBeInTheDocument();
    expect(screen.getByText('General assembly')).toBeInTheDocument();
    expect(screen.getByText('June 14, 2026')).toBeInTheDocument();
    expect(screen.getByText(/Budget adopted\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2 voters' })).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace, Charles Babbage')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('names untitled minutes by the meeting and its day', async () => {
    openMinute('member', { title: null, kind: 'board' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Board meeting of June 14, 2026' }),
    ).toBeInTheDocument();
  });

  it('deletes only after the admin confirms, then goes back to the minutes tab', async () => {
    const api = openMinute('admin');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('region', { name: 'Delete these minutes?' });
    expect(within(dialog).getByText(/You can undo it for ten minutes/)).toBeInTheDocument();
    expect(api.requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(`/associations/${ASSOCIATION_ID}`),
    );
    expect(api.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('says plainly when the minutes do not exist or were deleted', async () => {
    stubApi({
      ...signedIn(),
      [`GET /api/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`]: () => problem(404),
      [`GET /api/associations/${ASSOCIATION_ID}`]: () =>
        json(200, { id: ASSOCIATION_ID, name: 'Chess Club', myRole: 'member' }),
    });
    renderRoute(<MinutePage />, {
      path: '/associations/:associationId/minutes/:minuteId',
      url: `/associations/${ASSOCIATION_ID}/minutes/${MINUTE_ID}`,
      signedIn: true,
    });

    expect(await screen.findByRole('heading', { name: 'Minutes not found' })).toBeInTheDocument();
  });
});
