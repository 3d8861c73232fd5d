import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { createQueryClient, Providers } from '../Providers';

function Elsewhere() {
  return <div data-testid="location">{useLocation().pathname}</div>;
}

/**
 * Renders `element` at `path` (a route pattern) entered through `url`, inside the app's providers.
 * `signedIn` puts it behind the same guard as the app's private pages. Other paths render a marker so tests can see where a page navigated to.
 */
export function renderRoute(
  element: ReactNode,
  {
    path = '/',
    url = path,
    state,
    signedIn = false,
  }: { path?: string; url?: string; state?: unknown; signedIn?: boolean } = {},
) {
  const router = createMemoryRouter(
    [
      signedIn ? { Component: RequireAuth, children: [{ path, element }] } : { path, element },
      { path: '*', Component: Elsewhere },
    ],
    {
      initialEntries: [
        {
          pathname: url.split('?')[0],
          search: url.includes('?') ? `?${url.split('?')[1]}` : '',
          state,
        },
      ],
    },
  );
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const view = render(
    <Providers queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router };
}
