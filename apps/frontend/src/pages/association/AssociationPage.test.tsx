import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, noContent, problem, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open, page } from './association.fixtures';

describe('AssociationPage', () => {
  it('shows a member the members but no admin control', async () => {
    stubApi(association('member'));
    open();

    const charles = await screen.findByRole('row', { name: /Charles Babbage/ });
    expect(screen.getByRole('heading', { name: 'Chess Club' })).toBeInTheDocument();
    expect(screen.getByText('You are member')).toBeInTheDocument();
    expect(within(charles).queryByLabelText(/role/i)).not.toBeInTheDocument();
    expect(within(charles).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Invite a person')).not.toBeInTheDocument();
    expect(screen.queryByText('Pending invitations')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Delete the association' }),
    ).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Ada Lovelace/ })).getByRole('button', {
        name: 'Leave the association',
      }),
    ).toBeInTheDocument();
  });

  it('lists events for everyone but only admins may cancel them', async () => {
    const event = {
      id: 'e-1',
      associationId: ASSOCIATION_ID,
      uid: 'e-1@agora',
      sequence: 0,
      status: 'scheduled',
      title: 'General assembly',
      description: null,
      location: 'Town hall',
      startsAt: '2026-12-12T17:00:00.000Z',
      endsAt: '2026-12-12T19:00:00.000Z',
      timeZone: 'Europe/Paris',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const handlers = (role: 'admin' | 'member') => ({
      ...association(role),
      // Upcoming (`from`) holds the event; there is no past.
      [`GET /api/associations/${ASSOCIATION_ID}/events`]: ({ search }: { search: string }) =>
        json(200, page(search.includes('from=') ? [event] : [])),
      'DELETE /api/events/e-1': () => noContent(),
    });
    stubApi(handlers('member'));
    const first = open(`/associations/${ASSOCIATION_ID}?tab=events`);
    const asMember = await screen.findByRole('article', { name: 'General assembly' });
    expect(
      within(asMember).getByRole('button', { name: 'Add to calendar (.ics)' }),
    ).toBeInTheDocument();
    expect(
      within(asMember).queryByRole('button', { name: 'Cancel the event' }),
    ).not.toBeInTheDocument();
    expect(within(asMember).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    first.unmount();

    const api = stubApi(handlers('admin'));
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    open(`/associations/${ASSOCIATION_ID}?tab=events`);
    const asAdmin = await screen.findByRole('article', { name: 'General assembly' });
    await userEvent
      .setup()
      .click(within(asAdmin).getByRole('button', { name: 'Cancel the event' }));
    await waitFor(() => expect(api.calls('DELETE /api/events/e-1')).toHaveLength(1));
  });

  it.each(['minutes', 'events'])(
    'tells an outsider the %s are for members, with the way in',
    async (tab) => {
      const api = stubApi(association(null));
      open(`/associations/${ASSOCIATION_ID}?tab=${tab}`);

      expect(await screen.findByText('For members only')).toBeInTheDocument();
      expect(
        screen.getByText(`The ${tab} of Chess Club are shown to its members only.`),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'My invitations' })).toHaveAttribute(
        'href',
        '/invitations',
      );
      expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
      expect(api.calls(`GET /api/associations/${ASSOCIATION_ID}/${tab}`)).toHaveLength(0);
    },
  );

  it('lets an admin rename the association, with the server refusal next to the name', async () => {
    let answer = problem(409, [{ field: 'name', message: 'An association already has this name' }]);
    const api = stubApi({
      ...association('admin'),
      [`PATCH /api/associations/${ASSOCIATION_ID}`]: () => answer,
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const saveButton = () =>
      within(screen.getByLabelText(/^name/i).closest('form')!).getByRole('button', {
        name: 'Save',
      });
    // The form loads when an admin asks for it.
    await user.clear(await screen.findByLabelText(/^name/i));
    await user.click(saveButton());
    expect(screen.getByLabelText(/^name/i)).toHaveAccessibleDescription('Required');
    expect(api.calls(`PATCH /api/associations/${ASSOCIATION_ID}`)).toHaveLength(0);

    await user.type(screen.getByLabelText(/^name/i), 'Go Club');
    await user.click(saveButton());
    expect(await screen.findByText('An association already has this name')).toBeInTheDocument();

    answer = json(200, { id: ASSOCIATION_ID, name: 'Go Club 2' });
    await user.click(saveButton());
    await waitFor(() => expect(screen.queryByLabelText(/^name/i)).not.toBeInTheDocument());
    expect(api.calls(`PATCH /api/associations/${ASSOCIATION_ID}`)[1].body).toEqual({
      name: 'Go Club',
      description: 'Weekly games',
    });
  });

  it('shows a member no edit button', async () => {
    stubApi(association('member'));
    open();

    await screen.findByRole('heading', { name: 'Chess Club' });
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
