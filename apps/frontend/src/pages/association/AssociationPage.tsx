import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/PageLoader';
import { QueryState } from '../../components/QueryState';
import { MembersOnly } from './MembersOnly';
import { MembersPanel } from './MembersPanel';

// Only admins who edit need the form (and its form library): it loads when they do.
const EditAssociationForm = lazy(async () => ({
  default: (await import('./EditAssociationForm')).EditAssociationForm,
}));
// The date, time and time-zone pickers load with the tab that needs them.
const EventsPanel = lazy(async () => ({ default: (await import('./EventsPanel')).EventsPanel }));
const MinutesPanel = lazy(async () => ({ default: (await import('./MinutesPanel')).MinutesPanel }));

const TABS = ['members', 'minutes', 'events'] as const;

export default function AssociationPage() {
  const { t } = useTranslation();
  const associationId = useParams().associationId!;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const tab = TABS.find((name) => name === searchParams.get('tab')) ?? 'members';
  const association = useQuery({
    queryKey: ['associations', associationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/associations/{id}', { params: { path: { id: associationId } } })),
  });
  const remove = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/associations/{id}', { params: { path: { id: associationId } } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['associations'] });
      navigate('/associations', { replace: true });
    },
  });

  return (
    <QueryState query={association}>
      {() => {
        const { name, description, memberCount, myRole } = association.data!;
        const isAdmin = myRole === 'admin';
        return (
          <Stack>
            <Group justify="space-between" wrap="wrap" align="flex-start">
              <Stack gap={4}>
                <Title order={1} size="h2">
                  {name}
                </Title>
                <Group gap="xs">
                  <Badge variant="light">{t('associations.members', { count: memberCount })}</Badge>
                  <Text size="sm" c="dimmed">
                    {myRole
                      ? t('associations.myRole', { role: t(`roles.${myRole}`) })
                      : t('associations.notMember')}
                  </Text>
                </Group>
              </Stack>
              {isAdmin && (
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="xs"
                    onClick={() => setEditing(true)}
                    disabled={editing}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    color="red"
                    variant="subtle"
                    size="xs"
                    loading={remove.isPending}
                    onClick={() =>
                      window.confirm(t('associations.deleteConfirm', { name })) && remove.mutate()
                    }
                  >
                    {t('associations.deleteAssociation')}
                  </Button>
                </Group>
              )}
            </Group>
            <FormAlert error={remove.error} />
            {editing ? (
              <Suspense fallback={<PageLoader />}>
                <EditAssociationForm
                  association={association.data!}
                  onCancel={() => setEditing(false)}
                  onSaved={async () => {
                    await queryClient.invalidateQueries({ queryKey: ['associations'] });
                    setEditing(false);
                  }}
                />
              </Suspense>
            ) : (
              description && <Text style={{ whiteSpace: 'pre-wrap' }}>{description}</Text>
            )}
            <Tabs
              value={tab}
              onChange={(value) => setSearchParams(value ? { tab: value } : {}, { replace: true })}
            >
              <Tabs.List>
                <Tabs.Tab value="members">{t('associations.tabsMembers')}</Tabs.Tab>
                <Tabs.Tab value="minutes">{t('associations.tabsMinutes')}</Tabs.Tab>
                <Tabs.Tab value="events">{t('associations.tabsEvents')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="members" pt="md">
                <MembersPanel associationId={associationId} isAdmin={isAdmin} />
              </Tabs.Panel>
              <Tabs.Panel value="minutes" pt="md">
                <Suspense fallback={<PageLoader />}>
                  {tab === 'minutes' &&
                    (myRole ? (
                      <MinutesPanel associationId={associationId} isAdmin={isAdmin} />
                    ) : (
                      <MembersOnly name={name} what="minutes" />
                    ))}
                </Suspense>
              </Tabs.Panel>
              <Tabs.Panel value="events" pt="md">
                <Suspense fallback={<PageLoader />}>
                  {tab === 'events' &&
                    (myRole ? (
                      <EventsPanel associationId={associationId} isAdmin={isAdmin} />
                    ) : (
                      <MembersOnly name={name} what="events" />
                    ))}
                </Suspense>
              </Tabs.Panel>
            </Tabs>
          </Stack>
        );
      }}
    </QueryState>
  );
}
