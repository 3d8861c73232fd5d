import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryState } from '../../components/QueryState';
import { downloadIcs } from '../../events/download-ics';
import { EventWhen } from '../../events/EventWhen';
import { EventForm } from './EventForm';

const PAGE_SIZE = 20;

type Editing = { mode: 'new' } | { mode: 'edit'; eventId: string } | null;

export function EventsPanel({
  associationId,
  isAdmin,
}: {
  associationId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const events = useQuery({
    queryKey: ['associations', associationId, 'events', page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/events', {
          params: { path: { id: associationId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['associations', associationId, 'events'] });
  const cancel = useMutation({
    mutationFn: async (eventId: string) =>
      unwrap(await api.DELETE('/api/events/{id}', { params: { path: { id: eventId } } })),
    onSuccess: refresh,
  });
  const edited =
    editing?.mode === 'edit'
      ? events.data?.items.find((event) => event.id === editing.eventId)
      : undefined;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('associations.tabsEvents')}
        </Title>
        {isAdmin && (
          <Button size="xs" onClick={() => setEditing({ mode: 'new' })}>
            {t('events.new')}
          </Button>
        )}
      </Group>
      <QueryState query={events}>
        {() =>
          events.data!.items.length === 0 ? (
            <EmptyState>{t('events.empty')}</EmptyState>
          ) : (
            <>
              {events.data!.items.map((event) => {
                const cancelled = event.status === 'cancelled';
                return (
                  <Card
                    key={event.id}
                    withBorder
                    padding="sm"
                    component="article"
                    aria-label={event.title}
                  >
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Title order={3} size="h5" td={cancelled ? 'line-through' : undefined}>
                        <Anchor component={Link} to={`/events/${event.id}`} inherit>
                          {event.title}
                        </Anchor>
                      </Title>
                      {cancelled && <Badge color="red">{t('events.cancelled')}</Badge>}
                    </Group>
                    <EventWhen event={event} />
                    {event.location && (
                      <Text size="sm" c="dimmed">
                        {event.location}
                      </Text>
                    )}
                    {event.description && (
                      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                        {event.description}
                      </Text>
                    )}
                    <Group gap="xs" mt="xs" wrap="wrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => void downloadIcs(event.id, event.title)}
                      >
                        {t('events.downloadIcs')}
                      </Button>
                      {isAdmin && !cancelled && (
                        <>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing({ mode: 'edit', eventId: event.id })}
                          >
                            {t('common.edit')}
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="subtle"
                            loading={cancel.isPending && cancel.variables === event.id}
                            onClick={() => {
                              if (window.confirm(t('events.cancelConfirm', { title: event.title })))
                                cancel.mutate(event.id);
                            }}
                          >
                            {t('events.cancelEvent')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Card>
                );
              })}
              <Pager
                total={events.data!.total}
                page={events.data!.page}
                pageSize={events.data!.pageSize}
                onChange={setPage}
              />
            </>
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('events.editTitle') : t('events.newTitle')}
        size="lg"
      >
        {editing?.mode === 'new' && (
          <EventForm
            submitLabel={t('common.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              unwrap(
                await api.POST('/api/associations/{id}/events', {
                  params: { path: { id: associationId } },
                  body: input,
                }),
              );
              setEditing(null);
              await refresh();
            }}
          />
        )}
        {edited && (
          <EventForm
            initial={{
              ...edited,
              startsAt: String(edited.startsAt),
              endsAt: String(edited.endsAt),
            }}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              unwrap(
                await api.PATCH('/api/events/{id}', {
                  params: { path: { id: edited.id } },
                  body: input,
                }),
              );
              setEditing(null);
              await refresh();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
