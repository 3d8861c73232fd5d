import { Anchor, Badge, Button, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { downloadIcs } from './download-ics';
import { EventWhen } from './EventWhen';

type Shown = Pick<
  components['schemas']['EventDto'],
  'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'location'
> &
  Partial<Pick<components['schemas']['EventDto'], 'status' | 'description'>>;

/**
 * One event in a list: its title links to its page; when and where; the .ics unless it is
 * cancelled (a calendar would only add what no longer takes place); then what the list adds.
 */
export function EventCard({
  event,
  headingOrder,
  association,
  badge,
  actions,
}: {
  event: Shown;
  headingOrder: 2 | 3;
  /** Named when the list mixes associations. */
  association?: { id: string; name: string };
  badge?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const cancelled = event.status === 'cancelled';
  return (
    <Card withBorder padding="sm" component="article" aria-label={event.title}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={headingOrder} size="h5" td={cancelled ? 'line-through' : undefined}>
          <Anchor component={Link} to={`/events/${event.id}`} inherit>
            {event.title}
          </Anchor>
        </Title>
        {cancelled ? <Badge color="red">{t('events.cancelled')}</Badge> : badge}
      </Group>
      <EventWhen event={event} />
      {(association || event.location) && (
        <Text size="sm" c="dimmed">
          {association && (
            <>
              {t('events.in')}{' '}
              <Anchor component={Link} to={`/associations/${association.id}`}>
                {association.name}
              </Anchor>
            </>
          )}
          {association && event.location ? ' · ' : ''}
          {event.location}
        </Text>
      )}
      {event.description && (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {event.description}
        </Text>
      )}
      {(!cancelled || actions) && (
        <Group gap="xs" mt="xs" wrap="wrap">
          {!cancelled && (
            <Button
              size="xs"
              variant="light"
              onClick={() => void downloadIcs(event.id, event.title)}
            >
              {t('events.downloadIcs')}
            </Button>
          )}
          {actions}
        </Group>
      )}
    </Card>
  );
}
