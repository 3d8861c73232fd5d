import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryState } from '../../components/QueryState';
import { MinuteForm } from './MinuteForm';

const PAGE_SIZE = 20;

type Open = { mode: 'new' } | { mode: 'read' | 'edit'; minuteId: string } | null;

function MinuteView({
  associationId,
  minuteId,
  isAdmin,
  onEdit,
  onDeleted,
}: {
  associationId: string;
  minuteId: string;
  isAdmin: boolean;
  onEdit: () => void;
  onDeleted: () => unknown;
}) {
  const { t } = useTranslation();
  const minute = useQuery({
    queryKey: ['associations', associationId, 'minutes', minuteId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/minutes/{minuteId}', {
          params: { path: { id: associationId, minuteId } },
        }),
      ),
  });
  const remove = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/associations/{id}/minutes/{minuteId}', {
          params: { path: { id: associationId, minuteId } },
        }),
      ),
    onSuccess: onDeleted,
  });
  return (
    <QueryState query={minute}>
      {() => (
        <Stack>
          <Text fw={600}>{minute.data!.heldOn}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{minute.data!.content}</Text>
          <Text size="sm" c="dimmed">
            {t('fields.voters')}:{' '}
            {minute
              .data!.voters.map((voter) => `${voter.firstName} ${voter.lastName}`)
              .join(', ') || '—'}
          </Text>
          <FormAlert error={remove.error} />
          {isAdmin && (
            <Group>
              <Button size="xs" variant="default" onClick={onEdit}>
                {t('common.edit')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="subtle"
                loading={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('common.delete')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

export function MinutesPanel({
  associationId,
  isAdmin,
}: {
  associationId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Open>(null);
  const minutes = useQuery({
    queryKey: ['associations', associationId, 'minutes', { page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/minutes', {
          params: { path: { id: associationId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const edited = useQuery({
    queryKey: [
      'associations',
      associationId,
      'minutes',
      open?.mode === 'edit' ? open.minuteId : '',
    ],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/minutes/{minuteId}', {
          params: {
            path: { id: associationId, minuteId: open?.mode === 'edit' ? open.minuteId : '' },
          },
        }),
      ),
    enabled: open?.mode === 'edit',
  });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['associations', associationId, 'minutes'] });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('associations.tabsMinutes')}
        </Title>
        {isAdmin && (
          <Button size="xs" onClick={() => setOpen({ mode: 'new' })}>
            {t('minutes.new')}
          </Button>
        )}
      </Group>
      <QueryState query={minutes}>
        {() =>
          minutes.data!.items.length === 0 ? (
            <EmptyState>{t('minutes.empty')}</EmptyState>
          ) : (
            <>
              {minutes.data!.items.map((minute) => (
                <Card key={minute.id} withBorder padding="sm">
                  <Group justify="space-between" wrap="wrap">
                    <Text fw={600}>{minute.heldOn}</Text>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setOpen({ mode: 'read', minuteId: minute.id })}
                    >
                      {t('minutes.read')}
                    </Button>
                  </Group>
                </Card>
              ))}
              <Pager
                total={minutes.data!.total}
                page={minutes.data!.page}
                pageSize={minutes.data!.pageSize}
                onChange={setPage}
              />
            </>
          )
        }
      </QueryState>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="lg"
        title={
          open?.mode === 'new'
            ? t('minutes.newTitle')
            : open?.mode === 'edit'
              ? t('minutes.editTitle')
              : t('associations.tabsMinutes')
        }
      >
        {open?.mode === 'read' && (
          <MinuteView
            associationId={associationId}
            minuteId={open.minuteId}
            isAdmin={isAdmin}
            onEdit={() => setOpen({ mode: 'edit', minuteId: open.minuteId })}
            onDeleted={async () => {
              setOpen(null);
              await refresh();
            }}
          />
        )}
        {open?.mode === 'new' && (
          <MinuteForm
            associationId={associationId}
            submitLabel={t('common.save')}
            onCancel={() => setOpen(null)}
            onSubmit={async (input) => {
              unwrap(
                await api.POST('/api/associations/{id}/minutes', {
                  params: { path: { id: associationId } },
                  body: input,
                }),
              );
              setOpen(null);
              await refresh();
            }}
          />
        )}
        {open?.mode === 'edit' && edited.data && (
          <MinuteForm
            associationId={associationId}
            initialVoters={edited.data.voters}
            initial={{
              heldOn: edited.data.heldOn,
              content: edited.data.content,
              voterIds: edited.data.voters.map((voter) => voter.userId),
            }}
            submitLabel={t('common.save')}
            onCancel={() => setOpen(null)}
            onSubmit={async (input) => {
              unwrap(
                await api.PATCH('/api/associations/{id}/minutes/{minuteId}', {
                  params: { path: { id: associationId, minuteId: open.minuteId } },
                  body: input,
                }),
              );
              setOpen(null);
              await refresh();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
