import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { QueryState } from '../../components/QueryState';
import { downloadIcs } from '../../events/download-ics';
import { EventWhen } from '../../events/EventWhen';
import { EventAttendance } from './EventAttendance';
import { EventDeliveries } from './EventDeliveries';

/**
 * One event, where the "Open the event" link of every invitation mail and calendar entry lands.
 * Only members may see it; anyone else gets the same words as for an event that does not exist.
 */
export default function EventPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useQuery({
    queryKey: ['events', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/events/{id}', { params: { path: { id: eventId } } })),
    retry: (failures, error) => !isApiError(error) && failures < 2,
  });
  const associationId = event.data?.associationId;
  const association = useQuery({
    queryKey: ['associations', associationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/associations/{id}', { params: { path: { id: associationId! } } })),
    enabled: associationId !== undefined,
  });

  if (isApiError(event.error, 404) || isApiError(event.error, 400)) {
    return (
      <Stack>
        <Title order={1} size="h2">
          {t('events.notFoundTitle')}
        </Title>
        <Alert color="gray">{t('events.notFoundBody')}</Alert>
        <Group>
          <Button component={Link} to="/me/events" variant="light">
            {t('events.myTitle')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <QueryState query={event}>
      {() => {
        const shown = event.data!;
        const cancelled = shown.status === 'cancelled';
        return (
          <Stack component="article" aria-labelledby="event-title">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title
                order={1}
                size="h2"
                id="event-title"
                td={cancelled ? 'line-through' : undefined}
              >
                {shown.title}
              </Title>
              {cancelled && <Badge color="red">{t('events.cancelled')}</Badge>}
            </Group>
            <EventWhen event={shown} size="md" />
            {shown.location && <Text>{shown.location}</Text>}
            {association.data && (
              <Text c="dimmed">
                {t('events.in')}{' '}
                <Anchor component={Link} to={`/associations/${shown.associationId}`}>
                  {association.data.name}
                </Anchor>
              </Text>
            )}
            {shown.description && (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{shown.description}</Text>
            )}
            {cancelled ? (
              <Text c="dimmed">{t('events.cancelledNote')}</Text>
            ) : (
              <Group>
                <Button variant="light" onClick={() => void downloadIcs(shown.id, shown.title)}>
                  {t('events.downloadIcs')}
                </Button>
              </Group>
            )}
            <EventAttendance eventId={shown.id} cancelled={cancelled} />
            {association.data?.myRole === 'admin' && (
              <EventDeliveries eventId={shown.id} cancelled={cancelled} />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
