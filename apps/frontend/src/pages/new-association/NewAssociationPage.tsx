import { Button, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { DraftRestored } from '../../components/DraftRestored';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export const ASSOCIATION_NAME_MAX = 200;
export const ASSOCIATION_DESCRIPTION_MAX = 5000;

export default function NewAssociationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rules = validators(t);
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: {
      name: (value) => rules.required(value) ?? rules.maxLength(ASSOCIATION_NAME_MAX)(value),
      description: rules.maxLength(ASSOCIATION_DESCRIPTION_MAX),
    },
  });
  const { onSubmit, error, pending, restored } = useFormSubmit(
    form,
    async (values) => {
      const created = unwrap(
        await api.POST('/api/associations', {
          body: { name: values.name.trim(), description: values.description.trim() || null },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['associations'] });
      navigate(`/associations/${created.id}`);
    },
    {},
    'new-association',
  );

  return (
    <Paper maw={560} p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        {t('associations.createTitle')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <DraftRestored restored={restored} />
          <FormAlert error={error} />
          <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
          <Textarea
            label={t('fields.description')}
            autosize
            minRows={3}
            {...form.getInputProps('description')}
          />
          <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
            {t('associations.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
