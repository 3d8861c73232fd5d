import { ActionIcon, Anchor, Badge, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { FormAlert } from '../../components/FormAlert';
import { EmptyState, QueryState } from '../../components/QueryState';

type Role = 'admin' | 'member';

function AddMemberForm({ associationId, onAdded }: { associationId: string; onAdded: () => unknown }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery({
    queryKey: ['users', { q, page: 1, pageSize: 10 }],
    queryFn: async () => unwrap(await api.GET('/api/users', { params: { query: { q, page: 1, pageSize: 10 } } })),
    enabled: q.length >= 2,
  });
  const options = (candidates.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.firstName} ${user.lastName}`,
  }));
  const add = useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.POST('/api/associations/{id}/members', { params: { path: { id: associationId } }, body: { userId } })),
    onSuccess: () => {
      setSearch('');
      return onAdded();
    },
  });
  const fieldError = add.error instanceof ApiError ? add.error.fieldErrors.userId : undefined;

  return (
    <Stack gap="xs">
      <FormAlert error={add.error} />
      <Select
        label={t('members.searchUser')}
        placeholder={t('members.searchUserPlaceholder')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={null}
        filter={({ options: all }) => all}
        nothingFoundMessage={q.length >= 2 && candidates.isSuccess ? t('users.empty') : undefined}
        onChange={(userId) => userId && add.mutate(userId)}
        error={fieldError}
      />
    </Stack>
  );
}

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
      unwrap(await api.PATCH('/api/associations/{id}/members/{userId}', { params: { path }, body: { role, title: title.trim() || null } })),
    onSuccess: props.onChanged,
  });
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/associations/{id}/members/{userId}', { params: { path } })),
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
          {props.isMe && <Text size="sm" c="dimmed">({t('members.you')})</Text>}
          <Badge variant="light">{t(`roles.${member.role}`)}</Badge>
          {member.title && <Text size="sm">{member.title}</Text>}
        </Group>
        {!props.isAdmin && props.isMe && (
          <Button size="xs" variant="subtle" color="red" loading={remove.isPending} onClick={() => window.confirm(t('members.leaveConfirm')) && remove.mutate()}>
            {t('members.leave')}
          </Button>
        )}
      </Group>
      {props.isAdmin && (
        <Stack gap="xs" mt="xs">
          <FormAlert error={save.error ?? remove.error} />
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Select
              label={t('fields.role')}
              data={[
                { value: 'member', label: t('roles.member') },
                { value: 'admin', label: t('roles.admin') },
              ]}
              value={role}
              onChange={(value) => value && setRole(value as Role)}
              allowDeselect={false}
              w={130}
              error={errors.role}
            />
            <TextInput label={t('fields.memberTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errors.title} style={{ flex: '1 1 160px' }} />
            <Button size="sm" variant="light" loading={save.isPending} onClick={() => save.mutate()}>
              {t('members.saveMember')}
            </Button>
            <ActionIcon
              size="lg"
              color="red"
              variant="subtle"
              aria-label={props.isMe ? t('members.leave') : `${t('members.remove')} ${name}`}
              loading={remove.isPending}
              onClick={() =>
                window.confirm(props.isMe ? t('members.leaveConfirm') : t('members.removeConfirm', { name })) && remove.mutate()
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

export function MembersPanel({ associationId, isAdmin }: { associationId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const members = useQuery({
    queryKey: ['associations', associationId, 'members'],
    queryFn: async () =>
      unwrap(await api.GET('/api/associations/{id}/members', { params: { path: { id: associationId }, query: { page: 1, pageSize: 100 } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['associations', associationId] });

  return (
    <Stack>
      <Title order={2} size="h4">{t('associations.tabsMembers')}</Title>
      {isAdmin && (
        <Card withBorder padding="sm">
          <Title order={3} size="h5" mb="xs">{t('members.add')}</Title>
          <AddMemberForm associationId={associationId} onAdded={refresh} />
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
    </Stack>
  );
}
