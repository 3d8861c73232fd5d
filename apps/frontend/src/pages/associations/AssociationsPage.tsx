import { Anchor, Badge, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
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

export default function AssociationsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const associations = useQuery({
    queryKey: ['associations', { q, page }],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/associations', {
          params: { query: { q: q || undefined, page, pageSize: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('associations.title')}
        </Title>
        <Button component={Link} to="/associations/new">
          {t('associations.new')}
        </Button>
      </Group>
      <TextInput
        label={t('common.search')}
        placeholder={t('associations.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState query={associations}>
        {() => {
          const list = associations.data!;
          if (list.items.length === 0) {
            return (
              <EmptyState>{q ? t('associations.emptySearch') : t('associations.empty')}</EmptyState>
            );
          }
          return (
            <>
              <Stack gap="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
                {list.items.map((association) => (
                  <Card key={association.id} withBorder component="li" padding="sm">
                    <Group justify="space-between" wrap="wrap">
                      <Anchor component={Link} to={`/associations/${association.id}`} fw={600}>
                        {association.name}
                      </Anchor>
                      <Badge variant="light">
                        {t('associations.members', { count: association.memberCount })}
                      </Badge>
                    </Group>
                  </Card>
                ))}
              </Stack>
              <Pager
                total={list.total}
                page={list.page}
                pageSize={list.pageSize}
                onChange={setPage}
              />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
