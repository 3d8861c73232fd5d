import { Alert, Button, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { inWords } from '../../i18n/duration';
import { PersonAvatar } from '../../components/PersonAvatar';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { NAME_MAX_LENGTH, validators } from '../../forms/validators';
import { RoleSelect } from './RoleSelect';

type Role = 'admin' | 'member';
type Mode = 'email' | 'directory';

const PROBLEMS = [
  'invitation-pending',
  'already-member',
  'invitation-blocked',
  'user-not-eligible',
  'invitation-limit',
  'forbidden',
  'not-found',
] as const;

/** What the admin should read when the server refuses an invitation, in their language. */
function refusal(t: TFunction, language: string, error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const kind = PROBLEMS.find((name) => name === error.kind);
  if (!kind) return null;
  const message = t(`invite.problems.${kind}`);
  if (kind !== 'invitation-limit' || error.retryAfter === null) return message;
  return `${message} ${t('common.tryAgainWhen', { when: inWords(error.retryAfter, language) })}`;
}

/** The directory search: a person is picked by name, their address never shows. */
function PersonPicker(props: {
  value: string | null;
  onPick: (person: { value: string; label: string } | null) => void;
  error?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search.trim(), 250);
  const candidates = useQuery({
    queryKey: ['users', { q, page: 1, pageSize: 10 }],
    queryFn: async () =>
      unwrap(await api.GET('/api/users', { params: { query: { q, page: 1, pageSize: 10 } } })),
    enabled: q.length >= 2,
  });
  const people = new Map((candidates.data?.items ?? []).map((user) => [user.id, user]));
  const options = [...people.values()].map((user) => ({
    value: user.id,
    label: `${user.firstName} ${user.lastName}`,
  }));
  // The picked person stays an option while the search text changes, so the field keeps showing them.
  if (picked && props.value === picked.value && !options.some((o) => o.value === picked.value))
    options.push(picked);

  return (
    <Select
      label={t('members.searchUser')}
      placeholder={t('members.searchUserPlaceholder')}
      required
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={props.value}
      filter={({ options: all }) => all}
      // Namesakes are told apart by their initials' colour and the associations shared with them.
      renderOption={({ option }) => {
        const person = people.get(option.value);
        if (!person) return option.label;
        return (
          <Group gap="xs" wrap="nowrap">
            <PersonAvatar person={person} />
            <div>
              <Text size="sm">{option.label}</Text>
              {person.sharedAssociations.length > 0 && (
                <Text size="xs" c="dimmed">
                  {person.sharedAssociations.map((association) => association.name).join(', ')}
                </Text>
              )}
            </div>
          </Group>
        );
      }}
      nothingFoundMessage={q.length >= 2 && candidates.isSuccess ? t('users.empty') : undefined}
      onChange={(userId) => {
        const person = options.find((option) => option.value === userId) ?? null;
        setPicked(person);
        props.onPick(person);
      }}
      error={props.error}
    />
  );
}

/** Invites someone by address or from the directory; they join only once they accept. */
export function InviteForm({
  associationId,
  onInvited,
}: {
  associationId: string;
  onInvited: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const rules = validators(t);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pickedName, setPickedName] = useState('');
  const form = useForm({
    initialValues: {
      mode: 'email' as Mode,
      email: '',
      userId: null as string | null,
      role: 'member' as Role,
      title: '',
    },
    validate: {
      email: (value, values) => (values.mode === 'email' ? rules.email(value) : null),
      userId: (value, values) =>
        values.mode === 'directory' && !value ? t('invite.pickPerson') : null,
      title: rules.maxLength(NAME_MAX_LENGTH),
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    setSentTo(null);
    const email = values.email.trim();
    unwrap(
      await api.POST('/api/associations/{id}/invitations', {
        params: { path: { id: associationId } },
        body: {
          ...(values.mode === 'email' ? { email } : { userId: values.userId! }),
          role: values.role,
          title: values.title.trim() || null,
        },
      }),
    );
    setSentTo(values.mode === 'email' ? email : pickedName);
    form.setValues({ email: '', userId: null, title: '' });
    await onInvited();
  });
  const refused = refusal(t, i18n.language, error);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('invite.intro')}
        </Text>
        {sentTo && (
          <Alert color="green" role="status">
            {t('invite.sent', { who: sentTo })}
          </Alert>
        )}
        {refused ? (
          <Alert color="red" role="alert">
            {refused}
          </Alert>
        ) : (
          <FormAlert error={error} />
        )}
        <Radio.Group
          label={t('invite.how')}
          value={form.values.mode}
          onChange={(mode) => form.setFieldValue('mode', mode as Mode)}
        >
          <Group gap="md" mt={4}>
            <Radio value="email" label={t('invite.byEmail')} />
            <Radio value="directory" label={t('invite.fromDirectory')} />
          </Group>
        </Radio.Group>
        {form.values.mode === 'email' ? (
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            required
            {...form.getInputProps('email')}
          />
        ) : (
          <PersonPicker
            value={form.values.userId}
            error={form.errors.userId}
            onPick={(person) => {
              setPickedName(person?.label ?? '');
              form.setFieldValue('userId', person?.value ?? null);
            }}
          />
        )}
        <Group align="flex-start" wrap="wrap" gap="xs">
          <RoleSelect {...form.getInputProps('role')} />
          <TextInput
            label={t('fields.memberTitle')}
            style={{ flex: '1 1 160px' }}
            {...form.getInputProps('title')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={pending}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
