import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/PageLoader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { RoleSelect } from './RoleSelect';

type Role = 'admin' | 'member';

// Only admins invite: the user search (a combobox) and the pending invitations load for them alone.
const InviteForm = lazy(async () => ({
  default: (await import('./InviteForm')).InviteForm,
}));
const PendingInvitations = lazy(async () => ({
  default: (await import('./PendingInvitations')).PendingInvitations,
}));

function MemberRow(props: {
  associationId: string;
  member: { userId: string; firstName: string; lastName: string; role: Role; title: string | null };
  isAdmin: boolean;
  isMe: boolean;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { member } = props;
  const [role, setRole] = useState<Role>(member.role);
  const [title, setTitle] = useState(member.title ?? '');
  const path = { id: props.associationId, userId: member.userId };
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/associations/{id}/members/{userId}', {
          params: { path },
          body: { role, title: title.trim() || null },
        }),
      ),
    onSuccess: props.onChanged,
  });
  const remove = useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE('/api/associations/{id}/members/{userId}', { params: { path } })),
    onSuccess: async () => {
      if (props.isMe) navigate('/associations');
      else await props.onChanged();
    },
  });
  const name = `${member.firstName} ${member.lastName}`;
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};

  return (
    <Card withBorder padding="sm" component="li" aria-label={name}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/users/${member.userId}`} fw={600}>
            {name}
          </Anchor>
          {props.isMe && (
            <Text size="sm" c="dimmed">
              ({t('members.you')})
            </Text>
          )}
          <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
          {member.title && <Text size="sm">{member.title}</Text>}
        </Group>
        {!props.isAdmin && props.isMe && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => window.confirm(t('members.leaveConfirm')) && remove.mutate()}
          >
            {t('members.leave')}
          </Button>
        )}
      </Group>
      {props.isAdmin && (
        <Stack gap="xs" mt="xs">
          <FormAlert error={save.error ?? remove.error} />
          <Group align="flex-end" wrap="wrap" gap="xs">
            <RoleSelect
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
              error={errors.role}
            />
            <TextInput
              label={t('fields.memberTitle')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={errors.title}
              style={{ flex: '1 1 160px' }}
            />
            <Button
              size="sm"
              variant="light"
              loading={save.isPending}
              onClick={() => save.mutate()}
            >
              {t('members.saveMember')}
            </Button>
            <ActionIcon
              size="lg"
              color="red"
              variant="subtle"
              aria-label={props.isMe ? t('members.leave') : `${t('members.remove')} ${name}`}
              loading={remove.isPending}
              onClick={() =>
                window.confirm(
                  props.isMe ? t('members.leaveConfirm') : t('members.removeConfirm', { name }),
                ) && remove.mutate()
              }
            >
              ✕
            </ActionIcon>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

export function MembersPanel({
  associationId,
  isAdmin,
}: {
  associationId: string;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const members = useQuery({
    queryKey: ['associations', associationId, 'members'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations/{id}/members', {
          params: { path: { id: associationId }, query: { page: 1, pageSize: 100 } },
        }),
      ),
  });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['associations', associationId] });

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('associations.tabsMembers')}
      </Title>
      {isAdmin && (
        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">
            {t('invite.title')}
          </Title>
          <Suspense fallback={<PageLoader />}>
            {/* The refresh covers the pending invitations: their key starts with the association's. */}
            <InviteForm associationId={associationId} onInvited={refresh} />
          </Suspense>
        </Card>
      )}
      <QueryState query={members}>
        {() =>
          members.data!.items.length === 0 ? (
            <EmptyState>{t('members.empty')}</EmptyState>
          ) : (
            <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>
              {members.data!.items.map((member) => (
                <MemberRow
                  key={`${member.userId}:${member.role}:${member.title ?? ''}`}
                  associationId={associationId}
                  member={member}
                  isAdmin={isAdmin}
                  isMe={member.userId === user?.id}
                  onChanged={refresh}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      {isAdmin && (
        <Suspense fallback={<PageLoader />}>
          <PendingInvitations associationId={associationId} />
        </Suspense>
      )}
    </Stack>
  );
}
