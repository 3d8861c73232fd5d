import {
  Anchor,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Pager } from '../../components/Pager';
import { EmptyState, QueryState } from '../../components/QueryState';

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
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
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
      <TextInput
        label={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState query={users}>
        {() =>
          users.data!.items.length === 0 ? (
            <EmptyState>{t('users.empty')}</EmptyState>
          ) : (
            <>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('users.name')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {users.data!.items.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/users/${user.id}`}>
                          {user.firstName} {user.lastName}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group justify="flex-end">
                <Pager
                  total={users.data!.total}
                  page={users.data!.page}
                  pageSize={users.data!.pageSize}
                  onChange={setPage}
                />
              </Group>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
