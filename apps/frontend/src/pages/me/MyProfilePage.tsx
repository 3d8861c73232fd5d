import { Card, Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { PageLoader } from '../../components/PageLoader';
import { CalendarFeedSection } from './CalendarFeedSection';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountForm } from './DeleteAccountForm';
import { ProfileForm } from './ProfileForm';

// Below the fold, with controls no other section uses: it loads on its own, keeping the page's
// first download within budget.
const NotificationsSection = lazy(async () => ({
  default: (await import('./NotificationsSection')).NotificationsSection,
}));

export default function MyProfilePage() {
  const { t } = useTranslation();
  const user = useAuth().user!;
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {t('me.title')}
      </Title>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('me.edit')}
        </Title>
        <ProfileForm user={user} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('me.changePassword')}
        </Title>
        <ChangePasswordForm />
      </Card>
      {/* Reminder mails link here (APP_URL/me#calendar-feed). */}
      <Card withBorder id="calendar-feed">
        <Title order={2} size="h4" mb="sm">
          {t('feed.title')}
        </Title>
        <CalendarFeedSection />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('notifications.title')}
        </Title>
        <Suspense fallback={<PageLoader />}>
          <NotificationsSection />
        </Suspense>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm" c="red">
          {t('me.deleteTitle')}
        </Title>
        <DeleteAccountForm />
      </Card>
    </Stack>
  );
}
