import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { email: '' }, validate: { email: validators(t).email } });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    unwrap(await api.POST('/api/auth/password-reset', { body: { email: values.email.trim() } }));
    setSent(true);
  });

  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Title order={1} size="h2" mb="md">
        {t('forgot.title')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('forgot.intro')}</Text>
          <FormAlert error={error} />
          {sent && (
            <Alert color="green" role="status">
              {t('forgot.sent')}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={pending}>
            {t('forgot.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
