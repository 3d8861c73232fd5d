import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export function DeleteAccountForm() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: validators(t).required },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    unwrap(await api.DELETE('/api/users/me', { body: { password: values.password } }));
    await logout();
    navigate('/', { replace: true });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">{t('me.deleteWarning')}</Text>
        <FormAlert error={error} />
        <PasswordInput
          label={t('me.deleteConfirm')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" color="red" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {t('me.deleteSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
