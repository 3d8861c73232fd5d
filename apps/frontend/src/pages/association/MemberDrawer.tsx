import { Button, Drawer, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { PersonAvatar } from '../../components/PersonAvatar';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { NAME_MAX_LENGTH, validators } from '../../forms/validators';
import type { Member } from '../../members/queries';
import { RoleSelect } from './RoleSelect';

/** An admin edits one member's role and title, or removes them (or leaves, on their own row). */
function MemberEditor(props: {
  associationId: string;
  member: Member;
  isMe: boolean;
  onSaved: () => unknown;
  onRemoved: () => unknown;
}) {
  const { t } = useTranslation();
  const rules = validators(t);
  const { member } = props;
  const path = { id: props.associationId, userId: member.userId };
  const name = `${member.firstName} ${member.lastName}`;
  const form = useForm({
    initialValues: { role: member.role, title: member.title ?? '' },
    validate: { title: rules.maxLength(NAME_MAX_LENGTH) },
  });
  const save = useFormSubmit(form, async (values) => {
    unwrap(
      await api.PATCH('/api/associations/{id}/members/{userId}', {
        params: { path },
        body: { role: values.role, title: values.title.trim() || null },
      }),
    );
    await props.onSaved();
  });
  const remove = useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE('/api/associations/{id}/members/{userId}', { params: { path } })),
    onSuccess: props.onRemoved,
  });
  const removeLabel = props.isMe ? t('members.leave') : t('members.remove');

  return (
    <Stack>
      <Group gap="sm" wrap="nowrap">
        <PersonAvatar person={{ ...member, id: member.userId }} size="lg" />
        <Text fw={600}>{name}</Text>
      </Group>
      <form onSubmit={save.onSubmit} noValidate>
        <Stack gap="sm">
          <FormAlert error={save.error ?? remove.error} />
          <RoleSelect {...form.getInputProps('role')} w="auto" />
          <TextInput label={t('fields.memberTitle')} {...form.getInputProps('title')} />
          <Group justify="space-between">
            <Button type="submit" loading={save.pending}>
              {t('common.save')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() =>
                window.confirm(
                  props.isMe ? t('members.leaveConfirm') : t('members.removeConfirm', { name }),
                ) && remove.mutate()
              }
            >
              {removeLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The side panel in which an admin edits the member picked in the table. */
export function MemberDrawer(props: {
  associationId: string;
  member: Member | null;
  isMe: boolean;
  onClose: () => void;
  onSaved: () => unknown;
  onRemoved: () => unknown;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={props.member !== null}
      onClose={props.onClose}
      position="right"
      title={t('members.editTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.member && (
        // A new key per member, so the form starts from the values of the one picked.
        <MemberEditor
          key={props.member.userId}
          associationId={props.associationId}
          member={props.member}
          isMe={props.isMe}
          onSaved={props.onSaved}
          onRemoved={props.onRemoved}
        />
      )}
    </Drawer>
  );
}
