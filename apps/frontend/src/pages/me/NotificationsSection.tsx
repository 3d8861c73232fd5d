import { Alert, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useProblemMessage } from '../../api/problem-message';
import { EmptyState, QueryState } from '../../components/QueryState';

const SETTINGS_KEY = ['me', 'notifications'];

/** Per association, whether its event mail reaches me; undoes a one-click unsubscribe. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/me/notifications')),
  });
  const change = useMutation({
    mutationFn: async (association: { id: string; eventMail: boolean }) =>
      unwrap(await api.PATCH('/api/me/notifications', { body: { associations: [association] } })),
    onSuccess: (next) => queryClient.setQueryData(SETTINGS_KEY, next),
  });

  return (
    <QueryState query={settings}>
      {() =>
        settings.data!.associations.length === 0 ? (
          <EmptyState>{t('notifications.none')}</EmptyState>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('notifications.intro')}</Text>
            {settings.data!.associations.map((association) => (
              <Switch
                key={association.id}
                label={association.name}
                checked={association.eventMail}
                disabled={change.isPending}
                onChange={(event) =>
                  change.mutate({ id: association.id, eventMail: event.currentTarget.checked })
                }
              />
            ))}
            {change.isError && (
              <Alert color="red" role="alert">
                {describe(change.error)}
              </Alert>
            )}
          </Stack>
        )
      }
    </QueryState>
  );
}
