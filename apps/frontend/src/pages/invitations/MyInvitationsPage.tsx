import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { paths } from '../../api/schema';
import { FormAlert } from '../../components/FormAlert';
import { PagedList } from '../../components/PagedList';
import { AnswerButtons } from '../../invitations/AnswerButtons';
import { formatMoment, offeredRole } from '../../invitations/format';
import { MY_INVITATIONS_KEY } from '../../invitations/queries';

const PAGE_SIZE = 20;

type Invitation =
  paths['/api/me/invitations']['get']['responses'][200]['content']['application/json']['items'][number];

function MyInvitation({
  invitation,
  onDeclined,
}: {
  invitation: Invitation;
  onDeclined: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const path = { invitationId: invitation.id };
  const accept = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/me/invitations/{invitationId}/accept', { params: { path } })),
    onSuccess: async (joined) => {
      // The new membership changes the association lists and counts as well as the invitations.
      await queryClient.invalidateQueries();
      navigate(`/associations/${joined.associationId}`);
    },
  });
  const decline = useMutation({
    mutationFn: async (block: boolean) =>
      unwrap(
        await api.POST('/api/me/invitations/{invitationId}/decline', {
          params: { path },
          body: { block },
        }),
      ),
    onSuccess: async (_, block) => {
      const association = invitation.association.name;
      onDeclined(
        t(block ? 'invitations.declinedBlocked' : 'invitations.declined', { association }),
      );
      await queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY });
    },
  });

  return (
    <Card withBorder padding="sm" component="article" aria-label={invitation.association.name}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {invitation.association.name}
        </Title>
        <Text size="sm">{offeredRole(t, invitation.role, invitation.title)}</Text>
        <Text size="sm" c="dimmed">
          {invitation.invitedBy && (
            <>
              {t('invitations.invitedBy', { name: invitation.invitedBy })}
              {' · '}
            </>
          )}
          {t('invitations.answerBefore', {
            date: formatMoment(String(invitation.expiresAt), i18n.language),
          })}
        </Text>
        <FormAlert error={accept.error ?? decline.error} />
        <AnswerButtons
          onAccept={() => accept.mutate()}
          onDecline={(block) => decline.mutate(block)}
          accepting={accept.isPending}
          declining={decline.isPending}
        />
      </Stack>
    </Card>
  );
}

/** The invitations addressed to me that I have not answered yet. */
export default function MyInvitationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [declined, setDeclined] = useState<string | null>(null);
  const invitations = useQuery({
    queryKey: [...MY_INVITATIONS_KEY, page],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/me/invitations', { params: { query: { page, pageSize: PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('invitations.title')}
      </Title>
      {declined && (
        <Alert color="blue" role="status">
          {declined}
        </Alert>
      )}
      <PagedList query={invitations} empty={t('invitations.empty')} onPage={setPage}>
        {(items) =>
          items.map((invitation) => (
            <MyInvitation key={invitation.id} invitation={invitation} onDeclined={setDeclined} />
          ))
        }
      </PagedList>
    </Stack>
  );
}
