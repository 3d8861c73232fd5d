import {
  Alert,
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { usePendingInvitationCount } from '../invitations/queries';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoader } from './PageLoader';

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  // One notice for the whole page while the browser is offline, rather than an error per request.
  const online = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);
  const pendingInvitations = usePendingInvitationCount(Boolean(user));

  const links: { to: string; label: string; count?: number }[] = user
    ? [
        { to: '/associations', label: t('nav.associations') },
        { to: '/me/events', label: t('nav.myEvents') },
        { to: '/invitations', label: t('nav.invitations'), count: pendingInvitations },
        { to: '/users', label: t('nav.users') },
        { to: '/me', label: t('nav.myProfile') },
      ]
    : [
        { to: '/login', label: t('nav.login') },
        { to: '/register', label: t('nav.register') },
      ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.openMenu')}
            />
            <Anchor component={Link} to="/" fw={700} fz="lg" underline="never">
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {user && (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  // Leave the private page first, so it does not ask to come back to it after the next login.
                  navigate('/login', { replace: true });
                  void logout();
                }}
              >
                {t('nav.logout')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <Stack gap={2}>
          {user && (
            <Text size="sm" c="dimmed" px="sm" py={4} truncate>
              {user.firstName} {user.lastName}
            </Text>
          )}
          {links.map((link) => (
            <NavLink
              key={link.to}
              component={RouterNavLink}
              to={link.to}
              label={link.label}
              rightSection={
                link.count ? (
                  <Badge
                    size="sm"
                    circle
                    aria-label={t('nav.invitationsPending', { count: link.count })}
                  >
                    {link.count}
                  </Badge>
                ) : undefined
              }
              onClick={close}
              end
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {!online && (
          <Alert color="yellow" role="status" mb="md">
            {t('common.offline')}
          </Alert>
        )}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
