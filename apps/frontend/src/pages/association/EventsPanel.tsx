import { Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { PagedList } from '../../components/PagedList';
import { EventCard } from '../../events/EventCard';
import { eventKeys, useAssociationEvents, type When } from '../../events/queries';
import { EventForm } from './EventForm';

const PAGE_SIZE = 20;

type EventDto = components['schemas']['EventDto'];
type Editing = { mode: 'new' } | { mode: 'edit'; event: EventDto } | null;

/** One of the two lists, with its own pager. */
function EventList({
  associationId,
  when,
  now,
  title,
  empty,
  actionsOf,
}: {
  associationId: string;
  when: When;
  now: string;
  title: string;
  empty: string;
  actionsOf: (event: EventDto) => React.ReactNode;
}) {
  const [page, setPage] = useState(1);
  const events = useAssociationEvents(associationId, when, now, page, PAGE_SIZE);
  // An association with no past yet shows only what is coming.
  if (when === 'past' && events.data?.total === 0) return null;
  return (
    <Stack component="section" aria-label={title} gap="sm">
      <Title order={3} size="h5">
        {title}
      </Title>
      <PagedList query={events} empty={empty} onPage={setPage}>
        {(items) =>
          items.map((event) => (
            <EventCard key={event.id} event={event} headingOrder={3} actions={actionsOf(event)} />
          ))
        }
      </PagedList>
    </Stack>
  );
}

export function EventsPanel({
  associationId,
  isAdmin,
}: {
  associationId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  // Fixed once per visit: both lists split at the same instant, and their keys hold.
  const [now] = useState(() => new Date().toISOString());
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: eventKeys.association(associationId) });
  const cancel = useMutation({
    mutationFn: async (eventId: string) =>
      unwrap(await api.DELETE('/api/events/{id}', { params: { path: { id: eventId } } })),
    onSuccess: refresh,
  });
  const actionsOf = (event: EventDto) =>
    isAdmin &&
    event.status !== 'cancelled' && (
      <>
        <Button size="xs" variant="default" onClick={() => setEditing({ mode: 'edit', event })}>
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
    );
  const edited = editing?.mode === 'edit' ? editing.event : undefined;

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
      {(['upcoming', 'past'] as const).map((when) => (
        <EventList
          key={when}
          associationId={associationId}
          when={when}
          now={now}
          title={t(`events.${when}`)}
          empty={t(when === 'upcoming' ? 'events.noUpcoming' : 'events.empty')}
          actionsOf={actionsOf}
        />
      ))}
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
