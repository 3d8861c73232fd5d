import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';
import { PageLoader } from '../../components/PageLoader';
import { SignedInHome } from './SignedInHome';

const POINTS = ['members', 'events', 'minutes'] as const;

function Landing() {
  const { t } = useTranslation();
  return (
    <Stack maw={640} py="xl">
      <Title order={1}>{t('home.title')}</Title>
      <Text size="lg">{t('home.body')}</Text>
      <List spacing="xs">
        {POINTS.map((point) => (
          <List.Item key={point}>{t(`home.points.${point}`)}</List.Item>
        ))}
      </List>
      <Group>
        <Button component={Link} to="/login">
          {t('nav.login')}
        </Button>
        <Button component={Link} to="/register" variant="light">
          {t('home.createAccount')}
        </Button>
      </Group>
    </Stack>
  );
}

export default function HomePage() {
  const { user } = useAuth();
  // While the session is being restored, a signed-in person must not see the visitors' page flash.
  if (user === undefined) return <PageLoader />;
  return user ? <SignedInHome user={user} /> : <Landing />;
}
