import { Alert, Button, CopyButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';
import { QueryState } from '../../components/QueryState';

const FEED_KEY = ['me', 'calendar-feed'];

/** My private calendar link: copy it into a calendar application, or replace it if it leaked. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const queryClient = useQueryClient();
  const feed = useQuery({
    queryKey: FEED_KEY,
    queryFn: async () => unwrap(await api.GET('/api/me/calendar-feed')),
  });
  const rotate = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/me/calendar-feed/rotate')),
    onSuccess: (urls) => queryClient.setQueryData(FEED_KEY, urls),
  });

  return (
    <QueryState query={feed}>
      {() => (
        <Stack>
          <Text size="sm">{t('feed.intro')}</Text>
          <TextInput label={t('feed.link')} value={feed.data!.url} readOnly />
          <Group>
            <CopyButton value={feed.data!.url}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant="light">
                  {copied ? t('feed.copied') : t('feed.copy')}
                </Button>
              )}
            </CopyButton>
            <Button component="a" href={feed.data!.webcalUrl} variant="subtle">
              {t('feed.open')}
            </Button>
            <Button
              color="red"
              variant="subtle"
              loading={rotate.isPending}
              onClick={() => {
                if (window.confirm(t('feed.rotateConfirm'))) rotate.mutate();
              }}
            >
              {t('feed.rotate')}
            </Button>
          </Group>
          {rotate.isSuccess && (
            <Alert color="green" role="status">
              {t('feed.rotated')}
            </Alert>
          )}
          {rotate.isError && (
            <Alert color="red" role="alert">
              {describe(rotate.error)}
            </Alert>
          )}
          <List size="sm" spacing={4}>
            <List.Item>{t('feed.howGoogle')}</List.Item>
            <List.Item>{t('feed.howOutlook')}</List.Item>
            <List.Item>{t('feed.howApple')}</List.Item>
          </List>
          <Text size="xs" c="dimmed">
            {t('feed.secret')}
          </Text>
        </Stack>
      )}
    </QueryState>
  );
}
