import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { CurrentUser } from '../../auth/AuthProvider';
import { Membership } from '../../components/Membership';
import { EmptyState, QueryState } from '../../components/QueryState';
import { EventWhen } from '../../events/EventWhen';
import { InvitationCard } from '../../invitations/InvitationCard';
import { MY_INVITATIONS_KEY } from '../../invitations/queries';

const INVITATIONS_SHOWN = 10;
const EVENTS_SHOWN = 5;

/** A titled part of the home; its list is named by the title. */
function Section({
  title,
  children,
  footer,
}: {
  title: string;
  children: (titleId: string) => ReactNode;
  footer?: ReactNode;
}) {
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" mb="sm" id={titleId}>
        {title}
      </Title>
      {children(titleId)}
      {footer && (
        <Group mt="sm" gap="sm" wrap="wrap">
          {footer}
        </Group>
      )}
    </Card>
  );
}

function WaitingInvitations() {
  const { t } = useTranslation();
  const [declined, setDeclined] = useState<string | null>(null);
  const invitations = useQuery({
    queryKey: [...MY_INVITATIONS_KEY, 'home'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/me/invitations', {
          params: { query: { page: 1, pageSize: INVITATIONS_SHOWN } },
        }),
      ),
  });
  const items = invitations.data?.items ?? [];
  const status = declined && (
    <Alert color="blue" role="status">
      {declined}
    </Alert>
  );
  // Nothing to answer: the section would only take room.
  if (items.length === 0) return status || null;
  const more = (invitations.data?.total ?? 0) > items.length;
  return (
    <Section
      title={t('home.invitationsTitle')}
      footer={
        more && (
          <Anchor component={Link} to="/invitations">
            {t('home.allInvitations')}
          </Anchor>
        )
      }
    >
      {() => (
        <Stack gap="sm">
          {status}
          {items.map((invitation) => (
            <InvitationCard
              key={invitation.id}
              invitation={invitation}
              onDeclined={setDeclined}
              headingOrder={3}
            />
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** A query's items as a list named by its section's title, or a sentence when there are none. */
function ItemList<T extends { id: string }>({
  query,
  labelledBy,
  empty,
  children,
}: {
  query: UseQueryResult<T[]>;
  labelledBy: string;
  empty: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <QueryState query={query}>
      {() =>
        query.data!.length === 0 ? (
          <EmptyState>{empty}</EmptyState>
        ) : (
          <List spacing="sm" listStyleType="none" aria-labelledby={labelledBy}>
            {query.data!.map((item) => (
              <List.Item key={item.id}>{children(item)}</List.Item>
            ))}
          </List>
        )
      }
    </QueryState>
  );
}

function MyAssociations({ userId }: { userId: string }) {
  const { t } = useTranslation();
  // The same query as my public profile, so accepting an invitation refreshes both.
  const associations = useQuery({
    queryKey: ['users', userId],
    queryFn: async () =>
      unwrap(await api.GET('/api/users/{id}', { params: { path: { id: userId } } })),
    select: (profile) => profile.associations,
  });
  return (
    <Section
      title={t('home.associationsTitle')}
      footer={
        <>
          <Button component={Link} to="/associations/new" size="xs" variant="light">
            {t('home.createAssociation')}
          </Button>
          <Anchor component={Link} to="/associations" size="sm">
            {t('home.directory')}
          </Anchor>
        </>
      }
    >
      {(titleId) => (
        <ItemList query={associations} labelledBy={titleId} empty={t('home.noAssociations')}>
          {(association) => <Membership association={association} />}
        </ItemList>
      )}
    </Section>
  );
}

function NextEvents() {
  const { t } = useTranslation();
  // Fixed once per visit so the query key does not change every render.
  const [from] = useState(() => new Date().toISOString());
  const events = useQuery({
    queryKey: ['me', 'events', from, 'next'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/me/events', {
          params: { query: { from, page: 1, pageSize: EVENTS_SHOWN } },
        }),
      ),
    select: (page) => page.items,
  });
  return (
    <Section
      title={t('home.eventsTitle')}
      footer={
        <Anchor component={Link} to="/me/events" size="sm">
          {t('home.allEvents')}
        </Anchor>
      }
    >
      {(titleId) => (
        <ItemList query={events} labelledBy={titleId} empty={t('home.noEvents')}>
          {(event) => (
            <>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/events/${event.id}`} fw={600}>
                  {event.title}
                </Anchor>
                {event.myAnswer && (
                  <Badge variant="light">{t(`home.answers.${event.myAnswer}`)}</Badge>
                )}
              </Group>
              <EventWhen event={event} />
              <Text size="sm" c="dimmed">
                {event.associationName}
                {event.location ? ` · ${event.location}` : ''}
              </Text>
            </>
          )}
        </ItemList>
      )}
    </Section>
  );
}

/** What a signed-in person sees first: what waits for an answer, where they belong, what comes next. */
export function SignedInHome({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('home.welcome', { name: user.firstName })}
      </Title>
      <WaitingInvitations />
      <MyAssociations userId={user.id} />
      <NextEvents />
    </Stack>
  );
}
