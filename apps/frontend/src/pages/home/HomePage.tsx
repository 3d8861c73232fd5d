import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';

export default function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (user) return <Navigate to="/associations" replace />;
  return (
    <Stack maw={640} py="xl">
      <Title order={1}>{t('home.title')}</Title>
      <Text size="lg">{t('home.body')}</Text>
      <Group>
        <Button component={Link} to="/register">
          {t('nav.register')}
        </Button>
        <Button component={Link} to="/login" variant="light">
          {t('nav.login')}
        </Button>
      </Group>
    </Stack>
  );
}
