import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { paths } from '../../api/schema';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { PagedList } from '../../components/PagedList';
import { formatMoment, offeredRole } from '../../invitations/format';

const PAGE_SIZE = 20;

export const invitationsKey = (associationId: string) => [
  'associations',
  associationId,
  'invitations',
];

type Invitation =
  paths['/api/associations/{id}/invitations']['get']['responses'][200]['content']['application/json']['items'][number];

function PendingInvitation({
  associationId,
  invitation,
}: {
  associationId: string;
  invitation: Invitation;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  // Admins see the address they typed; a person picked in the directory is shown by name only.
  const who = invitation.invitee
    ? `${invitation.invitee.firstName} ${invitation.invitee.lastName}`
    : (invitation.email ?? '');
  const revoke = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/associations/{id}/invitations/{invitationId}', {
          params: { path: { id: associationId, invitationId: invitation.id } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(associationId) }),
  });
  const date = formatMoment(String(invitation.createdAt), i18n.language);

  return (
    <Card withBorder padding="sm" component="li" aria-label={who}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{who}</Text>
            <Badge variant="outline">{offeredRole(t, invitation.role, invitation.title)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {invitation.invitedBy
              ? t('pendingInvitations.invitedBy', {
                  name: `${invitation.invitedBy.firstName} ${invitation.invitedBy.lastName}`,
                  date,
                })
              : t('pendingInvitations.invitedOn', { date })}
            {' · '}
            {t('pendingInvitations.expires', {
              date: formatMoment(String(invitation.expiresAt), i18n.language),
            })}
          </Text>
        </Stack>
        <Button
          size="xs"
          color="red"
          variant="subtle"
          aria-label={t('pendingInvitations.revokeLabel', { who })}
          loading={revoke.isPending}
          onClick={() =>
            window.confirm(t('pendingInvitations.revokeConfirm', { who })) && revoke.mutate()
          }
        >
          {t('pendingInvitations.revoke')}
        </Button>
      </Group>
      <FormAlert error={revoke.error} />
    </Card>
  );
}

/** The invitations nobody has answered yet, for the association's admins. */
export function PendingInvitations({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const invitations = useQuery({
    queryKey: [...invitationsKey(associationId), page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/invitations', {
          params: { path: { id: associationId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('pendingInvitations.title')}
      </Title>
      <PagedList query={invitations} empty={t('pendingInvitations.empty')} onPage={setPage}>
        {(items) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((invitation) => (
              <PendingInvitation
                key={invitation.id}
                associationId={associationId}
                invitation={invitation}
              />
            ))}
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
