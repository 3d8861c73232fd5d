import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

/** Asks for a new confirmation link; the answer never says whether the address has an account. */
export function ResendVerificationForm({ email }: { email?: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useForm({
    initialValues: { email: email ?? '' },
    validate: { email: validators(t).email },
  });
  const { onSubmit, error, pending } = useFormSubmit(form, async (values) => {
    unwrap(
      await api.POST('/api/auth/resend-verification', { body: { email: values.email.trim() } }),
    );
    setSent(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert error={error} />
        {sent && (
          <Alert color="green" role="status">
            {t('checkMail.resent')}
          </Alert>
        )}
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            style={{ flex: '1 1 220px' }}
            {...form.getInputProps('email')}
          />
          <Button type="submit" variant="light" loading={pending}>
            {t('checkMail.resend')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
