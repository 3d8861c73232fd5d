import { Anchor, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';
import { isLanguage } from '../../i18n/i18n';

export default function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // An invitation page passes the address the invitation was sent to.
  const invited = (useLocation().state as { email?: unknown } | null)?.email;
  const rules = validators(t);
  const form = useForm({
    initialValues: {
      email: typeof invited === 'string' ? invited : '',
      password: '',
      firstName: '',
      lastName: '',
      birthDate: null as string | null,
    },
    validate: {
      email: rules.email,
      password: rules.newPassword,
      firstName: rules.name,
      lastName: rules.name,
      birthDate: (value) =>
        value && value >= new Date().toISOString().slice(0, 10)
          ? t('validation.birthDateInPast')
          : null,
    },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    const locale = isLanguage(i18n.language) ? i18n.language : 'en';
    unwrap(
      await api.POST('/api/auth/register', {
        body: {
          email: values.email.trim(),
          password: values.password,
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          ...(values.birthDate ? { birthDate: values.birthDate } : {}),
          locale,
        },
      }),
    );
    navigate('/check-your-mail', { state: { email: values.email.trim() } });
  });

  return (
    <Paper maw={480} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        {t('register.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
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
          <Button type="submit" loading={pending}>
            {t('register.submit')}
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            {t('register.haveAccount')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
