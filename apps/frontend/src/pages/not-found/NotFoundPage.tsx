import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';

/** An address that leads nowhere: says which, and offers the places one most likely wanted. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { user } = useAuth();
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body', { path: pathname })}</Text>
      <Group gap="lg" wrap="wrap">
        <Anchor component={Link} to="/">
          {t('notFound.back')}
        </Anchor>
        {user && (
          <>
            <Anchor component={Link} to="/associations">
              {t('notFound.associations')}
            </Anchor>
            <Anchor component={Link} to="/me/events">
              {t('notFound.myEvents')}
            </Anchor>
          </>
        )}
      </Group>
    </Stack>
  );
}
