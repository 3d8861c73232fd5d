import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, signedIn, stubApi } from '../test/api-stub';
import { renderRoute } from '../test/render';
import { AppLayout } from './AppLayout';

describe('AppLayout', () => {
  it('links to my invitations with the number waiting for an answer', async () => {
    const api = stubApi({
      ...signedIn(),
      'GET /api/me/invitations': () => json(200, { items: [], total: 2, page: 1, pageSize: 1 }),
    });
    renderRoute(<AppLayout />, { signedIn: true });

    const link = await screen.findByRole('link', { name: /Invitations/ });
    expect(link).toHaveAttribute('href', '/invitations');
    expect(await screen.findByLabelText('2 pending invitations')).toHaveTextContent('2');
    expect(api.calls('GET /api/me/invitations')[0].search).toBe('?page=1&pageSize=1');
  });

  it('offers no invitations link to visitors', async () => {
    stubApi({});
    renderRoute(<AppLayout />);

    await screen.findByRole('link', { name: 'Register' });
    expect(screen.queryByRole('link', { name: /Invitations/ })).not.toBeInTheDocument();
  });

  it('says once that the browser is offline, and stops saying it when back online', async () => {
    stubApi({});
    renderRoute(<AppLayout />);
    await screen.findByRole('link', { name: 'Register' });
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();

    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(await screen.findByRole('status')).toHaveTextContent(/You are offline/);

    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
  });
});
