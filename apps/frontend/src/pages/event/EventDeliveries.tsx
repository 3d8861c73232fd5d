import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';

/**
 * For the association's admins: did the invitation reach everyone? "24 of 25 delivered, 1 failed:
 * <reason>", and who it failed for, each with a button that sends them the invitation again. A
 * cancelled event cannot be resent (the server answers 409), so it has no buttons.
 */
export function EventDeliveries({ eventId, cancelled }: { eventId: string; cancelled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const deliveriesKey = ['events', eventId, 'deliveries'];
  const deliveries = useQuery({
    queryKey: deliveriesKey,
    queryFn: async () =>
      unwrap(await api.GET('/api/events/{id}/deliveries', { params: { path: { id: eventId } } })),
  });
  const resend = useMutation({
    mutationFn: async (recipient: { userId: string; displayName: string }) =>
      unwrap(
        await api.POST('/api/events/{id}/deliveries/{userId}/resend', {
          params: { path: { id: eventId, userId: recipient.userId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveriesKey }),
  });

  const data = deliveries.data;
  const undelivered =
    data?.recipients.filter(
      (recipient) => recipient.status === 'failed' || recipient.status === 'dead',
    ) ?? [];

  return (
    <Stack gap="xs" component="section" aria-labelledby="deliveries-title">
      <Title order={2} size="h4" id="deliveries-title">
        {t('deliveries.title')}
      </Title>
      {deliveries.error && (
        <Alert color="red" role="alert">
          {t('deliveries.loadFailed', { detail: deliveries.error.message })}
        </Alert>
      )}
      {data && (
        <>
          <Text>
            {t('deliveries.summary', { sent: data.totals.sent, total: data.totals.recipients })}
            {undelivered.length > 0 &&
              `, ${t('deliveries.failed', { count: undelivered.length, reason: undelivered[0].reason ?? '' })}`}
          </Text>
          {data.totals.queued > 0 && (
            <Text size="sm" c="dimmed">
              {t('deliveries.queued', { count: data.totals.queued })}
            </Text>
          )}
          {undelivered.length > 0 && (
            <List size="sm" spacing="xs" aria-label={t('deliveries.undelivered')}>
              {undelivered.map((recipient) => (
                <List.Item key={recipient.userId}>
                  <Group gap="xs" wrap="wrap">
                    <Text span fw={500}>
                      {recipient.displayName}
                    </Text>
                    <Badge color={recipient.status === 'dead' ? 'red' : 'orange'} variant="light">
                      {t(`deliveries.status.${recipient.status}`)}
                    </Badge>
                    {recipient.reason && (
                      <Text span size="sm" c="dimmed">
                        {recipient.reason}
                      </Text>
                    )}
                    {!cancelled && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={resend.isPending && resend.variables.userId === recipient.userId}
                        onClick={() => resend.mutate(recipient)}
                        aria-label={t('deliveries.resendTo', { name: recipient.displayName })}
                      >
                        {t('deliveries.resend')}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
      <div role="status">
        {resend.isSuccess && t('deliveries.resent', { name: resend.variables.displayName })}
      </div>
      {resend.error && (
        <Alert color="red" role="alert">
          {isApiError(resend.error, 409)
            ? t('deliveries.cancelled')
            : isApiError(resend.error, 404)
              ? t('deliveries.notRecipient')
              : resend.error.message}
        </Alert>
      )}
    </Stack>
  );
}
