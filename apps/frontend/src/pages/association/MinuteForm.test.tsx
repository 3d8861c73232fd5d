import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { ASSOCIATION_ID } from './association.fixtures';
import { manyMembers, membersEndpoint } from './members.fixtures';
import { MinuteForm, type MinuteInput } from './MinuteForm';

const MEMBERS = `GET /api/associations/${ASSOCIATION_ID}/members`;
const members = manyMembers(30);
const [ada, ines] = members;
const martin = (n: number) => members[n + 1];

describe('MinuteForm', () => {
  it('requires the meeting date and the content', async () => {
    stubApi({ [MEMBERS]: membersEndpoint(members) });
    const onSubmit = vi.fn();
    renderRoute(
      <MinuteForm associationId={ASSOCIATION_ID} submitLabel="Save" onSubmit={onSubmit} />,
    );

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText(/held on/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^content/i)).toHaveAccessibleDescription('Required');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('adds the voters ticked among paged and searched members only with "Add"', async () => {
    const api = stubApi({ [MEMBERS]: membersEndpoint(members) });
    const onSubmit = vi.fn(async (_input: MinuteInput) => undefined);
    const user = userEvent.setup();
    renderRoute(
      <MinuteForm
        associationId={ASSOCIATION_ID}
        initial={{
          heldOn: '2026-06-01',
          title: null,
          kind: 'general-assembly',
          content: '',
          voterIds: [],
        }}
        submitLabel="Save"
        onSubmit={onSubmit}
      />,
    );

    await user.type(screen.getByLabelText(/^content/i), 'The budget was approved.');
    const candidates = await screen.findByRole('group', { name: 'Members' });
    expect(within(candidates).getAllByRole('checkbox')).toHaveLength(8);
    const add = screen.getByRole('button', { name: 'Add' });
    expect(add).toBeDisabled();

    await user.click(within(candidates).getByRole('checkbox', { name: 'Ada Lovelace' }));
    // Ticking adds nobody yet.
    expect(screen.getByText('No voters yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '3' }));
    await user.click(
      await screen.findByRole('checkbox', {
        name: martin(20).firstName + ' ' + martin(20).lastName,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Add (2)' }));

    const chosen = screen.getByRole('list', { name: '2 voters' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ALAda Lovelace✕', `JMJean Martin 020✕`]);

    await user.type(screen.getByRole('searchbox', { name: 'Find members to add' }), 'INES');
    await waitFor(() =>
      expect(new URLSearchParams(api.calls(MEMBERS).at(-1)!.search).get('q')).toBe('INES'),
    );
    await user.click(await screen.findByRole('checkbox', { name: 'Inès Lefèvre' }));
    await user.click(screen.getByRole('button', { name: 'Add (1)' }));
    await user.click(screen.getByRole('button', { name: 'Remove Ada Lovelace from the voters' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      heldOn: '2026-06-01',
      title: null,
      kind: 'general-assembly',
      content: 'The budget was approved.',
      voterIds: [martin(20).userId, ines.userId],
    });
  });

  it('sends the kind of meeting and a trimmed title, and no title when it is left empty', async () => {
    stubApi({ [MEMBERS]: membersEndpoint(members) });
    const onSubmit = vi.fn(async (_input: MinuteInput) => undefined);
    const user = userEvent.setup();
    renderRoute(
      <MinuteForm
        associationId={ASSOCIATION_ID}
        initial={{
          heldOn: '2026-06-01',
          title: 'Old title',
          kind: 'general-assembly',
          content: 'Minutes',
          voterIds: [],
        }}
        submitLabel="Save"
        onSubmit={onSubmit}
      />,
    );

    await user.click(screen.getByRole('radio', { name: 'Board meeting' }));
    await user.clear(screen.getByLabelText(/^title/i));
    await user.type(screen.getByLabelText(/^title/i), '  Budget review  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ title: 'Budget review', kind: 'board' });

    await user.clear(screen.getByLabelText(/^title/i));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1][0]).toMatchObject({ title: null, kind: 'board' });
  });

  it('starts from the voters already recorded and shows a refused voter next to them', async () => {
    stubApi({ [MEMBERS]: membersEndpoint(members) });
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, {
        status: 400,
        errors: [{ field: 'voterIds.0', message: 'every voter must be a member' }],
      });
    });
    renderRoute(
      <MinuteForm
        associationId={ASSOCIATION_ID}
        initial={{
          heldOn: '2026-06-01',
          title: null,
          kind: 'board',
          content: 'Minutes',
          voterIds: [ada.userId],
        }}
        initialVoters={[ada]}
        submitLabel="Save"
        onSubmit={onSubmit}
      />,
    );

    expect(
      within(screen.getByRole('list', { name: '1 voter' })).getByText('Ada Lovelace'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Ada Lovelace' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('every voter must be a member')).toBeInTheDocument();
  });
});
