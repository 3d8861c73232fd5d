import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn, stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import NotFoundPage from './NotFoundPage';

describe('NotFoundPage', () => {
  it('names the address that leads nowhere and links home', async () => {
    stubApi({});
    renderRoute(<NotFoundPage />, { path: '*', url: '/evenst/42' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is nothing at \/evenst\/42/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the start' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('link', { name: 'My events' })).not.toBeInTheDocument();
  });

  it('offers a signed-in person their associations and events too', async () => {
    stubApi(signedIn());
    renderRoute(<NotFoundPage />, { path: '*', url: '/nowhere' });

    expect(await screen.findByRole('link', { name: 'My events' })).toHaveAttribute(
      'href',
      '/me/events',
    );
    expect(screen.getByRole('link', { name: 'Find an association' })).toHaveAttribute(
      'href',
      '/associations',
    );
  });
});
