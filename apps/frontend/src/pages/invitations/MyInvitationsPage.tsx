import { Alert, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PagedList } from '../../components/PagedList';
import { InvitationCard } from '../../invitations/InvitationCard';
import { MY_INVITATIONS_KEY } from '../../invitations/queries';

const PAGE_SIZE = 20;

/** The invitations addressed to me that I have not answered yet. */
export default function MyInvitationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [declined, setDeclined] = useState<string | null>(null);
  const navigate = useNavigate();
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
            <InvitationCard
              key={invitation.id}
              invitation={invitation}
              onAccepted={(joined) => navigate(`/associations/${joined.associationId}`)}
              onDeclined={setDeclined}
            />
          ))
        }
      </PagedList>
    </Stack>
  );
}
