import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './AuthProvider';

/**
 * Routes for signed-in users: waits for the session to be restored, else goes to the login page,
 * which comes back here after logging in, unless the user logged out on purpose.
 */
export function RequireAuth() {
  const { user, loggedOut, expired } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return (
      <Center py="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  if (!user) {
    const from = loggedOut ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={{ from, expired }} />;
  }
  return <Outlet />;
}
