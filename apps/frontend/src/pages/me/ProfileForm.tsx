import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useAuth, type CurrentUser } from '../../auth/AuthProvider';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const [saved, setSaved] = useState(false);
  const rules = validators(t);
  const form = useForm({
    initialValues: {
      firstName: user.firstName,
      lastName: user.lastName,
      birthDate: user.birthDate,
    },
    validate: {
      firstName: rules.name,
      lastName: rules.name,
      birthDate: (value) =>
        value && value >= new Date().toISOString().slice(0, 10)
          ? t('validation.birthDateInPast')
          : null,
    },
    onValuesChange: () => setSaved(false),
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    const updated = unwrap(
      await api.PATCH('/api/users/me', {
        body: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          birthDate: values.birthDate || null,
        },
      }),
    );
    setUser(updated);
    setSaved(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert error={error} />
        {saved && (
          <Alert color="green" role="status">
            {t('common.saved')}
          </Alert>
        )}
        <TextInput label={t('fields.email')} value={user.email} readOnly disabled />
        <TextInput
          label={t('fields.firstName')}
          autoComplete="given-name"
          required
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={t('fields.lastName')}
          autoComplete="family-name"
          required
          {...form.getInputProps('lastName')}
        />
        {/* The browser's own date field: typed or picked, and it keeps the date picker out of the first page. */}
        <TextInput
          type="date"
          label={t('fields.birthDate')}
          description={t('fields.birthDateWhy')}
          max={new Date().toISOString().slice(0, 10)}
          {...form.getInputProps('birthDate')}
          value={form.values.birthDate ?? ''}
        />
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
