import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PagedList } from '../../components/PagedList';
import { PeopleTable } from '../../components/PeopleTable';
import { PersonLink } from '../../components/PersonAvatar';
import { QueryState } from '../../components/QueryState';
import { SearchInput, useSearchPaging } from '../../components/SearchInput';

const PAGE_SIZE = 20;

function UserStats() {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: ['users', 'stats'],
    queryFn: async () => unwrap(await api.GET('/api/users/stats')),
  });
  const years = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('users.notAvailable')
      : t('users.years', { count: Math.round(value) });
  return (
    <QueryState query={stats}>
      {() => (
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('users.statsCount')}
            </Text>
            <Text fz="xl" fw={700}>
              {stats.data!.count}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('users.statsMeanAge')}
            </Text>
            <Text fz="xl" fw={700}>
              {years(stats.data!.meanAge)}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              {t('users.statsAgeRange')}
            </Text>
            <Text fz="xl" fw={700}>
              {stats.data!.minAge === null
                ? t('users.notAvailable')
                : `${stats.data!.minAge} – ${years(stats.data!.maxAge)}`}
            </Text>
          </Card>
        </SimpleGrid>
      )}
    </QueryState>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { search, setSearch, q, page, setPage } = useSearchPaging();
  const users = useQuery({
    queryKey: ['users', { q, page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/users', {
          params: { query: { q: q || undefined, page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('users.title')}
      </Title>
      <UserStats />
      <SearchInput placeholder={t('users.searchPlaceholder')} value={search} onChange={setSearch} />
      <PagedList query={users} empty={t('users.empty')} onPage={setPage}>
        {(items) => (
          <PeopleTable
            columns={
              <>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.shared')}</th>
              </>
            }
          >
            {items.map((user) => (
              <tr key={user.id}>
                <td>
                  <PersonLink person={user} />
                </td>
                <td>
                  {user.sharedAssociations.length === 0
                    ? t('users.notAvailable')
                    : user.sharedAssociations.map((association, index) => (
                        <span key={association.id}>
                          {index > 0 && ', '}
                          <Anchor component={Link} to={`/associations/${association.id}`} size="sm">
                            {association.name}
                          </Anchor>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </PeopleTable>
        )}
      </PagedList>
    </Stack>
  );
}
