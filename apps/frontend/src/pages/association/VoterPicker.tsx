import { ActionIcon, Button, Checkbox, Fieldset, Group, Input, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { PagedList } from '../../components/PagedList';
import { PersonAvatar } from '../../components/PersonAvatar';
import { SearchInput, useSearchPaging } from '../../components/SearchInput';
import { useMembersPage } from '../../members/queries';

export type Voter = components['schemas']['VoterDto'];

const PAGE_SIZE = 8;

const nameOf = (person: Voter) => `${person.firstName} ${person.lastName}`;

function PersonLabel({ person }: { person: Voter }) {
  return (
    <Group gap="xs" wrap="nowrap" component="span">
      <PersonAvatar person={{ ...person, id: person.userId }} size="sm" />
      <span>{nameOf(person)}</span>
    </Group>
  );
}

/**
 * Picks the voters among the members, however many there are: the members are searched and paged,
 * ticked, and only added with "Add". Namesakes are told apart by their initials' colour and their
 * title in the association.
 */
export function VoterPicker(props: {
  associationId: string;
  value: Voter[];
  onChange: (voters: Voter[]) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const { search, setSearch, q, page, setPage } = useSearchPaging(250);
  const members = useMembersPage(props.associationId, { q, page, pageSize: PAGE_SIZE });
  const [ticked, setTicked] = useState<Voter[]>([]);
  const chosen = new Set(props.value.map((voter) => voter.userId));
  const tick = (person: Voter, on: boolean) =>
    setTicked((current) =>
      on ? [...current, person] : current.filter((other) => other.userId !== person.userId),
    );

  return (
    <Fieldset legend={t('fields.voters')} variant="unstyled">
      <Stack gap="sm">
        {props.value.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('voters.none')}
          </Text>
        ) : (
          <Stack
            gap={4}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('voters.chosen', { count: props.value.length })}
          >
            {props.value.map((voter) => (
              <Group
                key={voter.userId}
                component="li"
                gap="xs"
                justify="space-between"
                wrap="nowrap"
              >
                <PersonLabel person={voter} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('voters.remove', { name: nameOf(voter) })}
                  onClick={() =>
                    props.onChange(props.value.filter((other) => other.userId !== voter.userId))
                  }
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        {props.error && <Input.Error>{props.error}</Input.Error>}
        <SearchInput
          label={t('voters.search')}
          placeholder={t('members.searchPlaceholder')}
          value={search}
          onChange={setSearch}
        />
        <PagedList
          query={members}
          empty={q ? t('members.emptySearch') : t('members.empty')}
          onPage={setPage}
        >
          {(items) => (
            <Stack gap={6} role="group" aria-label={t('voters.candidates')}>
              {items.map((member) => (
                <Checkbox
                  key={member.userId}
                  label={<PersonLabel person={member} />}
                  description={member.title ?? undefined}
                  checked={
                    chosen.has(member.userId) ||
                    ticked.some((person) => person.userId === member.userId)
                  }
                  disabled={chosen.has(member.userId)}
                  onChange={(event) => tick(member, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          )}
        </PagedList>
        <Group>
          <Button
            variant="light"
            disabled={ticked.length === 0}
            onClick={() => {
              props.onChange([
                ...props.value,
                ...ticked
                  .filter((person) => !chosen.has(person.userId))
                  .map(({ userId, firstName, lastName }) => ({ userId, firstName, lastName })),
              ]);
              setTicked([]);
            }}
          >
            {t('voters.add')}
            {ticked.length > 0 && ` (${ticked.length})`}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
