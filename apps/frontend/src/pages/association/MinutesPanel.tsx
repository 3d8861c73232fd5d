import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatHeldOn, minuteHeading } from '../../minutes/heading';
import type { DeletedMinute } from '../minute/MinutePage';
import { MinuteForm } from './MinuteForm';

const PAGE_SIZE = 20;

type Open = { mode: 'new' } | { mode: 'edit'; minuteId: string } | null;

/** After a deletion on the minutes' page: say so, and offer to undo while the server allows it. */
function UndoDeletion({
  associationId,
  deleted,
  onDone,
}: {
  associationId: string;
  deleted: DeletedMinute;
  onDone: () => unknown;
}) {
  const { t } = useTranslation();
  const restore = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/associations/{id}/minutes/{minuteId}/restore', {
          params: { path: { id: associationId, minuteId: deleted.id } },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Alert color="gray" withCloseButton closeButtonLabel={t('common.close')} onClose={onDone}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{t('minutes.deleted', { heading: deleted.heading })}</Text>
        <Button
          size="xs"
          variant="default"
          loading={restore.isPending}
          onClick={() => restore.mutate()}
        >
          {t('minutes.undo')}
        </Button>
      </Group>
      {isApiError(restore.error, 404) ? (
        <Text size="sm" c="red.8" mt="xs">
          {t('minutes.undoTooLate')}
        </Text>
      ) : (
        <FormAlert error={restore.error} />
      )}
    </Alert>
  );
}

export function MinutesPanel({
  associationId,
  isAdmin,
}: {
  associationId: string;
  isAdmin: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const deleted = (location.state as { deletedMinute?: DeletedMinute } | null)?.deletedMinute;
  const [page, setPage] = useState(1);
  // The minutes' page links here with `edit=<id>` to open the editor.
  const editRequested = isAdmin ? searchParams.get('edit') : null;
  const [open, setOpen] = useState<Open>(
    editRequested ? { mode: 'edit', minuteId: editRequested } : null,
  );
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
  const forgetDeletion = async () => {
    await navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
    await refresh();
  };

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
      {isAdmin && deleted && (
        <UndoDeletion associationId={associationId} deleted={deleted} onDone={forgetDeletion} />
      )}
      <QueryState query={minutes}>
        {() =>
          minutes.data!.items.length === 0 ? (
            <EmptyState>{t('minutes.empty')}</EmptyState>
          ) : (
            <>
              {minutes.data!.items.map((minute) => (
                <Card key={minute.id} withBorder padding="sm" component="article">
                  <Group justify="space-between" wrap="wrap" align="flex-start">
                    <Stack gap={2}>
                      <Anchor
                        component={Link}
                        to={`/associations/${associationId}/minutes/${minute.id}`}
                        fw={600}
                      >
                        {minuteHeading(minute, t, i18n.language)}
                      </Anchor>
                      <Group gap="xs">
                        <Badge variant="light" size="sm">
                          {t(`minutes.kinds.${minute.kind}`)}
                        </Badge>
                        <Text size="sm">{formatHeldOn(minute.heldOn, i18n.language)}</Text>
                        <Text size="sm" c="dimmed">
                          {t('minutes.votersCount', { count: minute.voterCount })}
                        </Text>
                      </Group>
                    </Stack>
                    {isAdmin && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setOpen({ mode: 'edit', minuteId: minute.id })}
                      >
                        {t('common.edit')}
                      </Button>
                    )}
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
        title={open?.mode === 'new' ? t('minutes.newTitle') : t('minutes.editTitle')}
      >
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
              title: edited.data.title,
              kind: edited.data.kind,
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
