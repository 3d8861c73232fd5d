import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';

/**
 * Where the unsubscribe link of an event mail leads. Opening it changes nothing (link scanners
 * open every link): only the button posts.
 */
export default function UnsubscribePage() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const token = useParams().token ?? '';
  const unsubscribe = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/unsubscribe/{token}', { params: { path: { token } } })),
  });

  let content;
  if (unsubscribe.isSuccess) {
    content = (
      <>
        <Alert color="green" role="status">
          {t('unsubscribe.done')}
        </Alert>
        <Button component={Link} to="/me" variant="light" style={{ alignSelf: 'flex-start' }}>
          {t('unsubscribe.preferences')}
        </Button>
      </>
    );
  } else {
    content = (
      <>
        <Text>{t('unsubscribe.question')}</Text>
        {unsubscribe.isError && (
          <Alert color="red" role="alert">
            {isApiError(unsubscribe.error, 404)
              ? t('unsubscribe.invalid')
              : describe(unsubscribe.error)}
          </Alert>
        )}
        <Button
          loading={unsubscribe.isPending}
          onClick={() => unsubscribe.mutate()}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('unsubscribe.confirm')}
        </Button>
      </>
    );
  }

  return (
    <Paper maw={520} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('unsubscribe.title')}
        </Title>
        {content}
      </Stack>
    </Paper>
  );
}
