import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';
import { useProblemMessage } from '../api/problem-message';

/**
 * The part of a failed submission that belongs to no single field (field errors are shown next to
 * their fields by the form itself).
 */
export function FormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  if (!error) return null;
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) return null;
  const message = describe(error);
  return (
    <Alert color="red" role="alert" title={t('common.error')}>
      {message}
    </Alert>
  );
}
