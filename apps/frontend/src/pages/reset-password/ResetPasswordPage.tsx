import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, isApiError, unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: validators(t).newPassword },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    unwrap(
      await api.POST('/api/auth/password-reset/confirm', {
        body: { token: token ?? '', password: values.password },
      }),
    );
    setDone(true);
  });
  // A refused token has no input to show its error next to: say what to do instead.
  const tokenRefused =
    !token ||
    (isApiError(error, 400) && !(error instanceof ApiError && 'password' in error.fieldErrors));

  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        {t('reset.title')}
      </Title>
      {done ? (
        <Stack>
          <Alert color="green" role="status">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('nav.login')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {tokenRefused ? (
              <Alert color="red" role="alert">
                {t('reset.invalid')}{' '}
                <Anchor component={Link} to="/forgot-password">
                  {t('reset.askAgain')}
                </Anchor>
              </Alert>
            ) : (
              <FormAlert error={error} />
            )}
            <PasswordInput
              label={t('fields.newPassword')}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={pending} disabled={!token}>
              {t('reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
