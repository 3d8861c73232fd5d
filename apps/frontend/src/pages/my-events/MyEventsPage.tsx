import { Badge, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PagedList } from '../../components/PagedList';
import { EventCard } from '../../events/EventCard';

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
            <EventCard
              key={event.id}
              event={event}
              headingOrder={2}
              association={{ id: event.associationId, name: event.associationName }}
              badge={
                event.myAnswer && (
                  <Badge variant="light" color={ANSWER_COLORS[event.myAnswer]}>
                    {t('attendance.mine', { answer: t(`attendance.answers.${event.myAnswer}`) })}
                  </Badge>
                )
              }
            />
          ))
        }
      </PagedList>
    </Stack>
  );
}
