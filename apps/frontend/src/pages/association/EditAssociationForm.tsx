import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';
import {
  ASSOCIATION_DESCRIPTION_MAX,
  ASSOCIATION_NAME_MAX,
} from '../new-association/NewAssociationPage';

interface Props {
  association: { id: string; name: string; description: string | null };
  onSaved: () => unknown;
  onCancel: () => void;
}

/** Renames an association or changes its description (admins only; the server checks it too). */
export function EditAssociationForm({ association, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const rules = validators(t);
  const form = useForm({
    initialValues: { name: association.name, description: association.description ?? '' },
    validate: {
      name: (value) => rules.required(value) ?? rules.maxLength(ASSOCIATION_NAME_MAX)(value),
      description: rules.maxLength(ASSOCIATION_DESCRIPTION_MAX),
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    unwrap(
      await api.PATCH('/api/associations/{id}', {
        params: { path: { id: association.id } },
        body: { name: values.name.trim(), description: values.description.trim() || null },
      }),
    );
    await onSaved();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert error={error} />
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        <Textarea
          label={t('fields.description')}
          autosize
          minRows={3}
          {...form.getInputProps('description')}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
