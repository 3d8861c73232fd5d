import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { isApiError, problemKind, unwrap } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { rememberReturnPath } from '../../auth/return-path';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/PageLoader';
import { QueryState } from '../../components/QueryState';
import { AnswerButtons } from '../../invitations/AnswerButtons';
import { formatMoment, offeredRole } from '../../invitations/format';
import { MY_INVITATIONS_KEY } from '../../invitations/queries';

/**
 * The page the invitation mail links to. Opening it only reads the invitation: link scanners follow
 * mailed links, so an answer is recorded only when the visitor clicks.
 */
export default function InvitationPage() {
  const { t, i18n } = useTranslation();
  const token = useParams().token!;
  const declineFirst = useSearchParams()[0].get('answer') === 'decline';
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [declined, setDeclined] = useState<string | null>(null);
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: async () => unwrap(await api.POST('/api/invitations/preview', { body: { token } })),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/invitations/accept', { body: { token } })),
    onSuccess: async (joined) => {
      // The new membership changes the association lists and counts as well as the invitations.
      await queryClient.invalidateQueries();
      navigate(`/associations/${joined.associationId}`);
    },
    // Answered, revoked or expired meanwhile: read the invitation again to say which.
    onError: (error) =>
      problemKind(error) === 'invitation-closed' ? preview.refetch() : undefined,
  });
  const decline = useMutation({
    mutationFn: async (block: boolean) =>
      unwrap(await api.POST('/api/invitations/decline', { body: { token, block } })),
    onSuccess: async (_, block) => {
      const association = preview.data!.association.name;
      setDeclined(
        t(block ? 'invitations.declinedBlocked' : 'invitations.declined', { association }),
      );
      await queryClient.invalidateQueries({ queryKey: MY_INVITATIONS_KEY });
    },
    onError: (error) =>
      problemKind(error) === 'invitation-closed' ? preview.refetch() : undefined,
  });

  const heading = (text: string) => (
    <Title order={1} size="h2">
      {text}
    </Title>
  );

  if (isApiError(preview.error, 404)) {
    return (
      <Paper maw={560} mx="auto" p="lg" withBorder>
        <Stack>
          {heading(t('invitation.headingUnknown'))}
          <Alert color="red" role="alert">
            {t('invitation.notFound')}
          </Alert>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper maw={560} mx="auto" p="lg" withBorder>
      <QueryState query={preview}>
        {() => {
          const invitation = preview.data!;
          const expired =
            invitation.status === 'pending' && new Date(invitation.expiresAt) <= new Date();
          const status = expired ? 'expired' : invitation.status;
          const mine = Boolean(user && user.email.toLowerCase() === invitation.email.toLowerCase());
          const here = `/invitations/${token}`;

          let answer;
          if (declined) {
            answer = (
              <Alert color="blue" role="status">
                {declined}
              </Alert>
            );
          } else if (status !== 'pending') {
            answer = (
              <Stack gap="xs" align="flex-start">
                <Alert color="yellow" role="alert" w="100%">
                  {t(`invitation.status.${status}`)}
                </Alert>
                {status === 'accepted' && mine && (
                  <Anchor component={Link} to={`/associations/${invitation.association.id}`}>
                    {t('invitation.goToAssociation')}
                  </Anchor>
                )}
              </Stack>
            );
          } else if (user === undefined) {
            answer = <PageLoader />;
          } else if (user && !mine) {
            answer = (
              <Stack gap="xs" align="flex-start">
                <Alert color="yellow" role="alert" w="100%">
                  {t('invitation.otherAccount', { me: user.email, email: invitation.email })}
                </Alert>
                <Button variant="default" onClick={() => void logout()}>
                  {t('invitation.logout')}
                </Button>
              </Stack>
            );
          } else {
            answer = (
              <Stack gap="sm">
                {!user && (
                  <>
                    <Text>{t('invitation.loggedOutIntro', { email: invitation.email })}</Text>
                    <Group gap="xs">
                      <Button
                        onClick={() => {
                          rememberReturnPath(here);
                          navigate('/login', { state: { from: here } });
                        }}
                      >
                        {t('invitation.login')}
                      </Button>
                      <Button
                        variant="light"
                        onClick={() => {
                          rememberReturnPath(here);
                          navigate('/register', { state: { email: invitation.email } });
                        }}
                      >
                        {t('invitation.register')}
                      </Button>
                    </Group>
                  </>
                )}
                {isApiError(accept.error) &&
                problemKind(accept.error) === 'invitation-for-another-address' ? (
                  <Alert color="yellow" role="alert">
                    {t('invitation.otherAccount', { me: user!.email, email: invitation.email })}
                  </Alert>
                ) : (
                  <FormAlert error={accept.error ?? decline.error} />
                )}
                <AnswerButtons
                  onAccept={user ? () => accept.mutate() : undefined}
                  onDecline={(block) => decline.mutate(block)}
                  accepting={accept.isPending}
                  declining={decline.isPending}
                  declineFirst={declineFirst}
                />
              </Stack>
            );
          }

          return (
            <Stack>
              {heading(t('invitation.heading', { association: invitation.association.name }))}
              <Stack gap={4}>
                <Text>{offeredRole(t, invitation.role, invitation.title)}</Text>
                {invitation.invitedBy && (
                  <Text size="sm">
                    {t('invitations.invitedBy', { name: invitation.invitedBy })}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t('invitation.sentTo', { email: invitation.email })}
                  {status === 'pending' && (
                    <>
                      {' · '}
                      {t('invitations.answerBefore', {
                        date: formatMoment(String(invitation.expiresAt), i18n.language),
                      })}
                    </>
                  )}
                </Text>
              </Stack>
              {answer}
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
