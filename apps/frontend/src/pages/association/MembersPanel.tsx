import { Badge, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { FormAlert } from '../../components/FormAlert';
import { PagedList } from '../../components/PagedList';
import { PageLoader } from '../../components/PageLoader';
import { PeopleTable } from '../../components/PeopleTable';
import { PersonLink } from '../../components/PersonAvatar';
import { SearchInput, useSearchPaging } from '../../components/SearchInput';
import { type Member, useMembersPage } from '../../members/queries';

// Only admins invite: the user search (a combobox) and the pending invitations load for them alone.
const InviteForm = lazy(async () => ({
  default: (await import('./InviteForm')).InviteForm,
}));
// Only admins edit members: the drawer and its form load for them alone.
const MemberDrawer = lazy(async () => ({
  default: (await import('./MemberDrawer')).MemberDrawer,
}));
const PendingInvitations = lazy(async () => ({
  default: (await import('./PendingInvitations')).PendingInvitations,
}));

const PAGE_SIZE = 20;

function RoleBadge({ role }: { role: Member['role'] }) {
  const { t } = useTranslation();
  return <Badge variant="light">{t(`roles.${role}`)}</Badge>;
}

/** Members as a table: name, role and title on one line each; admins edit a member in a drawer. */
function MembersTable(props: {
  members: Member[];
  myId: string | undefined;
  isAdmin: boolean;
  onEdit: (member: Member) => void;
  onLeave: () => void;
  leaving: boolean;
}) {
  const { t } = useTranslation();
  return (
    <PeopleTable
      columns={
        <>
          <th scope="col">{t('fields.name')}</th>
          <th scope="col" className="wide">
            {t('fields.role')}
          </th>
          <th scope="col" className="wide">
            {t('members.titleColumn')}
          </th>
          <th scope="col" className="end">
            <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
          </th>
        </>
      }
    >
      {props.members.map((member) => {
        const name = `${member.firstName} ${member.lastName}`;
        const isMe = member.userId === props.myId;
        return (
          <tr key={member.userId} aria-label={name}>
            <td>
              <PersonLink person={{ ...member, id: member.userId }}>
                {isMe && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('members.you')})
                  </Text>
                )}
                <Group gap="xs" className="narrow">
                  <RoleBadge role={member.role} />
                  {member.title && <Text size="sm">{member.title}</Text>}
                </Group>
              </PersonLink>
            </td>
            <td className="wide">
              <RoleBadge role={member.role} />
            </td>
            <td className="wide">{member.title}</td>
            <td className="end">
              {props.isAdmin ? (
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('members.editMember', { name })}
                  onClick={() => props.onEdit(member)}
                >
                  {t('common.edit')}
                </Button>
              ) : (
                isMe && (
                  <Button
                    // A short label keeps the row within a phone's width; the name says it all.
                    aria-label={t('members.leave')}
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={props.leaving}
                    onClick={() => window.confirm(t('members.leaveConfirm')) && props.onLeave()}
                  >
                    {t('members.leaveShort')}
                  </Button>
                )
              )}
            </td>
          </tr>
        );
      })}
    </PeopleTable>
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
  const navigate = useNavigate();
  const { search, setSearch, q, page, setPage } = useSearchPaging();
  const members = useMembersPage(associationId, { q, page, pageSize: PAGE_SIZE });
  const [editing, setEditing] = useState<Member | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['associations', associationId] });
  const leave = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/associations/{id}/members/{userId}', {
          params: { path: { id: associationId, userId: user!.id } },
        }),
      ),
    onSuccess: () => navigate('/associations'),
  });

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
      <SearchInput
        placeholder={t('members.searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      <FormAlert error={leave.error} />
      <PagedList
        query={members}
        empty={q ? t('members.emptySearch') : t('members.empty')}
        onPage={setPage}
      >
        {(items) => (
          <MembersTable
            members={items}
            myId={user?.id}
            isAdmin={isAdmin}
            onEdit={setEditing}
            onLeave={() => leave.mutate()}
            leaving={leave.isPending}
          />
        )}
      </PagedList>
      {isAdmin && (
        <Suspense fallback={null}>
          <MemberDrawer
            associationId={associationId}
            member={editing}
            isMe={editing?.userId === user?.id}
            onClose={() => setEditing(null)}
            onSaved={async () => {
              setEditing(null);
              await refresh();
            }}
            onRemoved={async () => {
              if (editing?.userId === user?.id) navigate('/associations');
              setEditing(null);
              await refresh();
            }}
          />
        </Suspense>
      )}
      {isAdmin && (
        <Suspense fallback={<PageLoader />}>
          <PendingInvitations associationId={associationId} />
        </Suspense>
      )}
    </Stack>
  );
}
