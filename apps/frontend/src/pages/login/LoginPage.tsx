import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { forgetReturnPath, rememberedReturnPath, returnPathFrom } from '../../auth/return-path';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export default function LoginPage() {
  const { t } = useTranslation();
  const { user, login, loggedOut } = useAuth();
  const navigate = useNavigate();
  const state = useLocation().state as { from?: unknown; expired?: unknown } | null;
  const from = state?.from;
  // A page that sent the visitor here, else one remembered across registration (e.g. an invitation).
  // Fixed at submission: logging in forgets the remembered path, and the render that follows the
  // login must still go where the submission went.
  const [submittedTarget, setSubmittedTarget] = useState<string | null>(null);
  const target = submittedTarget ?? returnPathFrom(from) ?? rememberedReturnPath() ?? '/';
  const rules = validators(t);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: rules.email, password: rules.required },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    setSubmittedTarget(target);
    await login(values.email.trim(), values.password);
    forgetReturnPath();
    navigate(target, { replace: true });
  });

  // A signed-in visitor is sent on, except while their own "Log out" is still on its way: the
  // login form is where logging out leads, not the home page.
  if (user && !loggedOut) return <Navigate to={target} replace />;

  let problem =
    state?.expired === true && !error ? (
      <Alert color="yellow" role="status">
        {t('session.expired')}
      </Alert>
    ) : (
      <FormAlert error={error} />
    );
  if (isApiError(error, 401)) {
    problem = (
      <Alert color="red" role="alert">
        {t('login.wrongCredentials')}
      </Alert>
    );
  } else if (isApiError(error, 403)) {
    problem = (
      <Alert color="yellow" role="alert">
        {t('login.unverified')}{' '}
        <Anchor component={Link} to="/check-your-mail" state={{ email: form.values.email.trim() }}>
          {t('login.resendLink')}
        </Anchor>
      </Alert>
    );
  }

  return (
    <Paper maw={420} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        {t('login.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {problem}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={pending}>
            {t('login.submit')}
          </Button>
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('login.forgot')}
            </Anchor>
            <Anchor component={Link} to="/register" size="sm">
              {t('login.noAccount')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
