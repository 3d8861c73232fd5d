import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Membership } from '../../components/Membership';
import { EmptyState, QueryState } from '../../components/QueryState';

export default function UserProfilePage() {
  const { t, i18n } = useTranslation();
  const userId = useParams().userId!;
  const profile = useQuery({
    queryKey: ['users', userId],
    queryFn: async () =>
      unwrap(await api.GET('/api/users/{id}', { params: { path: { id: userId } } })),
  });
  return (
    <QueryState query={profile}>
      {() => {
        const user = profile.data!;
        return (
          <Stack>
            <div>
              <Title order={1} size="h2">
                {user.firstName} {user.lastName}
              </Title>
              <Text c="dimmed" size="sm">
                {t('profile.memberSince', {
                  date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
                    new Date(user.memberSince),
                  ),
                })}
              </Text>
            </div>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('profile.associations')}
              </Title>
              {user.associations.length === 0 ? (
                <EmptyState>{t('profile.noAssociations')}</EmptyState>
              ) : (
                <List spacing="xs" listStyleType="none">
                  {user.associations.map((association) => (
                    <List.Item key={association.id}>
                      <Membership association={association} />
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
          </Stack>
        );
      }}
    </QueryState>
  );
}
