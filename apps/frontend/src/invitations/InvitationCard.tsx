import { Card, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { paths } from '../api/schema';
import { FormAlert } from '../components/FormAlert';
import { AnswerButtons } from './AnswerButtons';
import { formatMoment, offeredRole } from './format';
import { MY_INVITATIONS_KEY } from './queries';

export type MyInvitation =
  paths['/api/me/invitations']['get']['responses'][200]['content']['application/json']['items'][number];
type Joined =
  paths['/api/me/invitations/{invitationId}/accept']['post']['responses'][200]['content']['application/json'];

/** One invitation addressed to me: what it offers, who sent it, and Accept / Decline. */
export function InvitationCard({
  invitation,
  onAccepted,
  onDeclined,
  headingOrder = 2,
}: {
  invitation: MyInvitation;
  /** Called once every list has been refreshed; without it the person stays where they are. */
  onAccepted?: (joined: Joined) => void;
  onDeclined: (message: string) => void;
  /** The card's place under the page's headings. */
  headingOrder?: TitleOrder;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const path = { invitationId: invitation.id };
  const accept = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/me/invitations/{invitationId}/accept', { params: { path } })),
    onSuccess: async (joined) => {
      // The new membership changes the association lists and counts as well as the invitations.
      await queryClient.invalidateQueries();
      onAccepted?.(joined);
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
        <Title order={headingOrder} size="h4">
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
