import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ResendVerificationForm } from './ResendVerificationForm';

export default function CheckMailPage() {
  const { t } = useTranslation();
  const state = useLocation().state as { email?: unknown } | null;
  const email = typeof state?.email === 'string' ? state.email : undefined;
  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('checkMail.title')}
        </Title>
        <Text>{email ? t('checkMail.body', { email }) : t('checkMail.bodyNoEmail')}</Text>
        <ResendVerificationForm email={email} />
      </Stack>
    </Paper>
  );
}
