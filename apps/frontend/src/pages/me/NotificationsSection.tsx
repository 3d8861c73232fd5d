import { Alert, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { useProblemMessage } from '../../api/problem-message';
import { EmptyState, QueryState } from '../../components/QueryState';

const SETTINGS_KEY = ['me', 'notifications'];

type Change = components['schemas']['UpdateNotificationSettingsDto'];
type Leads = NonNullable<Change['reminderMinutesBefore']>;

/** The four choices the page offers, and the lead times (minutes before) each one stands for. */
const REMINDER_CHOICES = {
  none: [],
  hour: [60],
  day: [1440],
  both: [60, 1440],
} as const satisfies Record<string, Leads>;
type ReminderChoice = keyof typeof REMINDER_CHOICES;

function choiceOf(leads: readonly number[]): ReminderChoice {
  const key = [...leads].sort((a, b) => a - b).join(',');
  const found = Object.entries(REMINDER_CHOICES).find(([, value]) => value.join(',') === key);
  return (found?.[0] as ReminderChoice | undefined) ?? 'day';
}

/**
 * When reminders come before my events, and per association whether its event mail reaches me
 * (which also undoes a one-click unsubscribe).
 */
export function NotificationsSection() {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/me/notifications')),
  });
  const change = useMutation({
    mutationFn: async (body: Change) =>
      unwrap(await api.PATCH('/api/me/notifications', { body })),
    onSuccess: (next) => queryClient.setQueryData(SETTINGS_KEY, next),
  });

  return (
    <QueryState query={settings}>
      {() => (
        <Stack gap="md">
          <Radio.Group
            label={t('notifications.reminders')}
            description={t('notifications.remindersHint')}
            value={choiceOf(settings.data!.reminderMinutesBefore)}
            onChange={(choice) =>
              change.mutate({
                reminderMinutesBefore: [...REMINDER_CHOICES[choice as ReminderChoice]],
              })
            }
          >
            <Group gap="md" mt={4}>
              {(Object.keys(REMINDER_CHOICES) as ReminderChoice[]).map((choice) => (
                <Radio
                  key={choice}
                  value={choice}
                  label={t(`notifications.reminderChoice.${choice}`)}
                  disabled={change.isPending}
                />
              ))}
            </Group>
          </Radio.Group>
          {settings.data!.associations.length === 0 ? (
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
                    change.mutate({
                      associations: [
                        { id: association.id, eventMail: event.currentTarget.checked },
                      ],
                    })
                  }
                />
              ))}
            </Stack>
          )}
          {change.isError && (
            <Alert color="red" role="alert">
              {describe(change.error)}
            </Alert>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
