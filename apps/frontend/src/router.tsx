import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './components/AppLayout';
import { PageLoader } from './components/PageLoader';

/** Every page is its own chunk: the first page downloads only what it shows. */
const page = (
  load: () => Promise<{ default: React.ComponentType }>,
): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
  {
    Component: AppLayout,
    HydrateFallback: PageLoader,
    children: [
      { index: true, ...page(() => import('./pages/home/HomePage')) },
      { path: 'register', ...page(() => import('./pages/register/RegisterPage')) },
      { path: 'check-your-mail', ...page(() => import('./pages/check-mail/CheckMailPage')) },
      { path: 'verify', ...page(() => import('./pages/verify/VerifyPage')) },
      { path: 'login', ...page(() => import('./pages/login/LoginPage')) },
      {
        path: 'forgot-password',
        ...page(() => import('./pages/forgot-password/ForgotPasswordPage')),
      },
      { path: 'reset-password', ...page(() => import('./pages/reset-password/ResetPasswordPage')) },
      // Public: the links of invitation mails must work before anyone logs in.
      { path: 'invitations/:token', ...page(() => import('./pages/invitation/InvitationPage')) },
      { path: 'rsvp/:token', ...page(() => import('./pages/rsvp/RsvpPage')) },
      { path: 'unsubscribe/:token', ...page(() => import('./pages/unsubscribe/UnsubscribePage')) },
      {
        Component: RequireAuth,
        children: [
          { path: 'users', ...page(() => import('./pages/users/UsersPage')) },
          { path: 'users/:userId', ...page(() => import('./pages/user-profile/UserProfilePage')) },
          { path: 'me', ...page(() => import('./pages/me/MyProfilePage')) },
          { path: 'me/events', ...page(() => import('./pages/my-events/MyEventsPage')) },
          { path: 'invitations', ...page(() => import('./pages/invitations/MyInvitationsPage')) },
          { path: 'events/:eventId', ...page(() => import('./pages/event/EventPage')) },
          { path: 'associations', ...page(() => import('./pages/associations/AssociationsPage')) },
          {
            path: 'associations/new',
            ...page(() => import('./pages/new-association/NewAssociationPage')),
          },
          {
            path: 'associations/:associationId',
            ...page(() => import('./pages/association/AssociationPage')),
          },
          {
            path: 'associations/:associationId/minutes/:minuteId',
            ...page(() => import('./pages/minute/MinutePage')),
          },
        ],
      },
      { path: '*', ...page(() => import('./pages/not-found/NotFoundPage')) },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
