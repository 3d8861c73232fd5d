import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PagedList } from '../../components/PagedList';
import { downloadIcs } from '../../events/download-ics';
import { EventWhen } from '../../events/EventWhen';

const PAGE_SIZE = 20;
const ANSWER_COLORS = { accepted: 'green', tentative: 'yellow', declined: 'gray' } as const;

export default function MyEventsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // Fixed once per visit so the query key (and the list) does not change every render.
  const [from] = useState(() => new Date().toISOString());
  const events = useQuery({
    queryKey: ['me', 'events', from, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/me/events', { params: { query: { from, page, pageSize: PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('events.myTitle')}
      </Title>
      <PagedList query={events} empty={t('events.myEmpty')} onPage={setPage}>
        {(items) =>
          items.map((event) => (
            <Card
              key={event.id}
              withBorder
              padding="sm"
              component="article"
              aria-label={event.title}
            >
              <Group gap="xs" wrap="wrap">
                <Title order={2} size="h5">
                  <Anchor component={Link} to={`/events/${event.id}`} inherit>
                    {event.title}
                  </Anchor>
                </Title>
                {event.myAnswer && (
                  <Badge variant="light" color={ANSWER_COLORS[event.myAnswer]}>
                    {t('attendance.mine', { answer: t(`attendance.answers.${event.myAnswer}`) })}
                  </Badge>
                )}
              </Group>
              <EventWhen event={event} />
              <Text size="sm" c="dimmed">
                {t('events.in')}{' '}
                <Anchor component={Link} to={`/associations/${event.associationId}`}>
                  {event.associationName}
                </Anchor>
                {event.location ? ` · ${event.location}` : ''}
              </Text>
              <Group mt="xs">
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void downloadIcs(event.id, event.title)}
                >
                  {t('events.downloadIcs')}
                </Button>
              </Group>
            </Card>
          ))
        }
      </PagedList>
    </Stack>
  );
}
