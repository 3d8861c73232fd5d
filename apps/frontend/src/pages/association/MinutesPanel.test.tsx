import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, noContent, stubApi } from '../../test/api-stub';
import { ASSOCIATION_ID, association, open, page } from './association.fixtures';

const MINUTE = {
  id: '00000000-0000-4000-8000-000000000101',
  heldOn: '2026-06-01',
  content: 'The general assembly approved the accounts.',
  voters: [],
};
const MINUTES = `/api/associations/${ASSOCIATION_ID}/minutes`;

describe('Deleting minutes', () => {
  it('asks first, and deletes nothing when the admin says no', async () => {
    const api = stubApi({
      ...association('admin'),
      [`GET ${MINUTES}`]: () => json(200, page([MINUTE])),
      [`GET ${MINUTES}/${MINUTE.id}`]: () => json(200, MINUTE),
      [`DELETE ${MINUTES}/${MINUTE.id}`]: () => noContent(),
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const user = userEvent.setup();
    open(`/associations/${ASSOCIATION_ID}?tab=minutes`);

    await user.click(await screen.findByRole('button', { name: 'Read' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenCalledWith(
      'Delete the minutes of 2026-06-01? They cannot be recovered.',
    );
    expect(api.calls(`DELETE ${MINUTES}/${MINUTE.id}`)).toHaveLength(0);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.calls(`DELETE ${MINUTES}/${MINUTE.id}`)).toHaveLength(1));
  });
});
