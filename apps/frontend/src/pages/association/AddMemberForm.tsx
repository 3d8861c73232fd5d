import { Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';

/** Finds a registered person by name or email and adds them as a member. */
export function AddMemberForm({
  associationId,
  onAdded,
}: {
  associationId: string;
  onAdded: () => unknown;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery({
    queryKey: ['users', { q, page: 1, pageSize: 10 }],
    queryFn: async () =>
      unwrap(await api.GET('/api/users', { params: { query: { q, page: 1, pageSize: 10 } } })),
    enabled: q.length >= 2,
  });
  const options = (candidates.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.firstName} ${user.lastName}`,
  }));
  const add = useMutation({
    mutationFn: async (userId: string) =>
      unwrap(
        await api.POST('/api/associations/{id}/members', {
          params: { path: { id: associationId } },
          body: { userId },
        }),
      ),
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
