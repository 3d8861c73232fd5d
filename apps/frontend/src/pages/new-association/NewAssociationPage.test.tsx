import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, problem, signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import NewAssociationPage from './NewAssociationPage';

describe('NewAssociationPage', () => {
  it('needs a name', async () => {
    const api = stubApi(signedIn());
    const user = userEvent.setup();
    renderRoute(<NewAssociationPage />, { path: '/associations/new', signedIn: true });

    await user.click(await screen.findByRole('button', { name: 'Create' }));

    expect(screen.getByLabelText(/^name/i)).toHaveAccessibleDescription('Required');
    expect(api.calls('POST /api/associations')).toHaveLength(0);
  });

  it('shows a taken name next to the field', async () => {
    stubApi({
      ...signedIn(),
      'POST /api/associations': () =>
        problem(409, [{ field: 'name', message: 'An association already has this name' }]),
    });
    const user = userEvent.setup();
    renderRoute(<NewAssociationPage />, { path: '/associations/new', signedIn: true });

    await user.type(await screen.findByLabelText(/^name/i), 'Chess Club');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('An association already has this name')).toBeInTheDocument();
    expect(screen.getByLabelText(/^name/i)).toHaveAccessibleDescription(
      'An association already has this name',
    );
  });

  it('creates the association and opens its page', async () => {
    const api = stubApi({
      ...signedIn(),
      'POST /api/associations': () =>
        json(201, { id: 'a-1', name: 'Chess Club', description: 'Weekly games', memberCount: 1 }),
    });
    const user = userEvent.setup();
    renderRoute(<NewAssociationPage />, { path: '/associations/new', signedIn: true });

    await user.type(await screen.findByLabelText(/^name/i), '  Chess Club ');
    await user.type(screen.getByLabelText(/description/i), 'Weekly games');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/associations/a-1');
    expect(api.calls('POST /api/associations')[0].body).toEqual({
      name: 'Chess Club',
      description: 'Weekly games',
    });
  });
});
