import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  const rules = validators(t);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: { currentPassword: rules.required, newPassword: rules.newPassword },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    setChanged(false);
    unwrap(await api.POST('/api/users/me/password', { body: values }));
    form.reset();
    setChanged(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert error={error} />
        {changed && (
          <Alert color="green" role="status">
            {t('me.passwordChanged')}
          </Alert>
        )}
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('fields.newPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {t('me.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
