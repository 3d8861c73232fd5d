import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';
import { PageLoader } from '../../components/PageLoader';
import { ResendVerificationForm } from '../check-mail/ResendVerificationForm';

export default function VerifyPage() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const token = useSearchParams()[0].get('token');
  // A query rather than a mutation: the cache runs the one-time POST once per token even when the page
  // mounts twice, so the second call never turns "verified" into "already used".
  const verify = useQuery({
    queryKey: ['verify-email', token],
    queryFn: async () =>
      unwrap(await api.POST('/api/auth/verify', { body: { token: token! } })) ?? null,
    enabled: Boolean(token),
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });

  let content;
  if (!token) {
    content = <Alert color="yellow">{t('verify.missingToken')}</Alert>;
  } else if (verify.isSuccess || isApiError(verify.error, 409)) {
    content = (
      <>
        <Alert color="green" role="status">
          {verify.isSuccess ? t('verify.verified') : t('verify.alreadyVerified')}
        </Alert>
        <Button component={Link} to="/login">
          {t('verify.goToLogin')}
        </Button>
      </>
    );
  } else if (verify.isError) {
    content = (
      <>
        <Alert color="red" role="alert">
          {isApiError(verify.error, 400) ? t('verify.expired') : describe(verify.error)}
        </Alert>
        <ResendVerificationForm />
      </>
    );
  } else {
    content = <PageLoader />;
  }

  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('verify.title')}
        </Title>
        {content}
      </Stack>
    </Paper>
  );
}
