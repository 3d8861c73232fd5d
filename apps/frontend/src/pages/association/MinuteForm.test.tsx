import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { MinuteForm, type MinuteInput } from './MinuteForm';

const members = [
  { userId: 'u-1', firstName: 'Ada', lastName: 'Lovelace' },
  { userId: 'u-2', firstName: 'Charles', lastName: 'Babbage' },
];

describe('MinuteForm', () => {
  it('requires the meeting date and the content', async () => {
    stubApi({});
    const onSubmit = vi.fn();
    renderRoute(<MinuteForm members={members} submitLabel="Save" onSubmit={onSubmit} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText(/held on/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/^content/i)).toHaveAccessibleDescription('Required');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers only the members as voters and sends the ones picked', async () => {
    stubApi({});
    const onSubmit = vi.fn(async (_input: MinuteInput) => undefined);
    const user = userEvent.setup();
    renderRoute(
      <MinuteForm
        members={members}
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
    await user.click(screen.getByLabelText(/^voters/i, { selector: 'input' }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Ada Lovelace',
      'Charles Babbage',
    ]);
    await user.click(screen.getByRole('option', { name: 'Charles Babbage' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      heldOn: '2026-06-01',
      title: null,
      kind: 'general-assembly',
      content: 'The budget was approved.',
      voterIds: ['u-2'],
    });
  });

  it('sends the kind of meeting and a trimmed title, and no title when it is left empty', async () => {
    stubApi({});
    const onSubmit = vi.fn(async (_input: MinuteInput) => undefined);
    const user = userEvent.setup();
    renderRoute(
      <MinuteForm
        members={members}
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

  it('shows a refused voter next to the voters field', async () => {
    stubApi({});
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, {
        status: 400,
        errors: [{ field: 'voterIds.0', message: 'every voter must be a member' }],
      });
    });
    renderRoute(
      <MinuteForm
        members={members}
        initial={{
          heldOn: '2026-06-01',
          title: null,
          kind: 'board',
          content: 'Minutes',
          voterIds: ['u-1'],
        }}
        submitLabel="Save"
        onSubmit={onSubmit}
      />,
    );

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('every voter must be a member')).toBeInTheDocument();
  });
});
