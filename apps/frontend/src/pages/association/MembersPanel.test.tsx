import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noContent, problem, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open } from './association.fixtures';
import { manyMembers, membersEndpoint } from './members.fixtures';

const MEMBERS = `GET /api/associations/${ASSOCIATION_ID}/members`;
const members = manyMembers(45);
const ines = members[1];
const memberPath = (userId: string) => `/api/associations/${ASSOCIATION_ID}/members/${userId}`;

describe('MembersPanel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows members as a table with initials, role and title, page by page', async () => {
    const api = stubApi({ ...association('admin'), [MEMBERS]: membersEndpoint(members) });
    const user = userEvent.setup();
    open();

    const ada = await screen.findByRole('row', { name: /Ada Lovelace/ });
    expect(within(ada).getByText('AL')).toBeInTheDocument();
    // Role and title have columns of their own on wide screens and sit under the name on narrow ones.
    expect(within(ada).getAllByText('admin')).toHaveLength(2);
    expect(within(ada).getAllByText('President')).toHaveLength(2);
    const inesRow = screen.getByRole('row', { name: /Inès Lefèvre/ });
    expect(within(inesRow).getByText('IL')).toBeInTheDocument();
    expect(within(inesRow).getAllByText('Treasurer')).toHaveLength(2);
    // One button per row, no form until a member is picked.
    expect(screen.queryByLabelText(/title \(president/i)).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Edit / })).toHaveLength(20);
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '3' }));
    expect(await screen.findByRole('row', { name: /Jean Martin 043/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Ada Lovelace/ })).not.toBeInTheDocument();
    expect(api.calls(MEMBERS).at(-1)!.search).toContain('page=3');
  });

  it('searches the members, whatever the accents typed', async () => {
    const api = stubApi({ ...association('admin'), [MEMBERS]: membersEndpoint(members) });
    const user = userEvent.setup();
    open();

    await screen.findByRole('row', { name: /Ada Lovelace/ });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ines');

    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Ada Lovelace/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('row', { name: /Inès Lefèvre/ })).toBeInTheDocument();
    expect(new URLSearchParams(api.calls(MEMBERS).at(-1)!.search).get('q')).toBe('ines');

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody');
    expect(await screen.findByText('No member matches this search.')).toBeInTheDocument();
  });

  it('edits a member in a drawer and shows the server refusal there', async () => {
    let answer = problem(400, [
      { field: 'title', message: 'title must be at most 100 characters' },
    ]);
    const api = stubApi({
      ...association('admin'),
      [MEMBERS]: membersEndpoint(members),
      [`PATCH ${memberPath(ines.userId)}`]: () => answer,
    });
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Edit Inès Lefèvre' }));
    const drawer = await screen.findByRole('dialog', { name: 'Edit the member' });
    const title = within(drawer).getByLabelText(/title \(president/i);
    expect(title).toHaveValue('Treasurer');
    await user.clear(title);
    await user.type(title, 'Secretary');
    await user.selectOptions(within(drawer).getByLabelText(/role/i), 'admin');
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));

    expect(
      await within(drawer).findByText('At most 100 characters'),
    ).toBeInTheDocument();
    expect(api.calls(`PATCH ${memberPath(ines.userId)}`)[0].body).toEqual({
      role: 'admin',
      title: 'Secretary',
    });

    answer = new Response(JSON.stringify({ ...ines, role: 'admin', title: 'Secretary' }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    await user.click(within(drawer).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit the member' })).not.toBeInTheDocument(),
    );
  });

  it('removes a member from the drawer once confirmed', async () => {
    const api = stubApi({
      ...association('admin'),
      [MEMBERS]: membersEndpoint(members),
      [`DELETE ${memberPath(ines.userId)}`]: () => noContent(),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValue(true);
    const user = userEvent.setup();
    open();

    await user.click(await screen.findByRole('button', { name: 'Edit Inès Lefèvre' }));
    const drawer = await screen.findByRole('dialog', { name: 'Edit the member' });
    await user.click(within(drawer).getByRole('button', { name: 'Remove' }));
    expect(api.calls(`DELETE ${memberPath(ines.userId)}`)).toHaveLength(0);
    await user.click(within(drawer).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(api.calls(`DELETE ${memberPath(ines.userId)}`)).toHaveLength(1));
    expect(confirm).toHaveBeenLastCalledWith('Remove Inès Lefèvre from the association?');
  });

  it('gives a member no edit control, only a way to leave on their own row', async () => {
    stubApi({ ...association('member'), [MEMBERS]: membersEndpoint(members) });
    open();

    const ada = await screen.findByRole('row', { name: /Ada Lovelace/ });
    expect(screen.queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(within(ada).getByRole('button', { name: 'Leave the association' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Inès Lefèvre/ })).queryByRole('button'),
    ).not.toBeInTheDocument();
  });
});
