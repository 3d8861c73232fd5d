import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says that a form holds again what was typed before the session expired. */
export function DraftRestored({ restored }: { restored: boolean }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <Alert color="blue" role="status">
      {t('session.draftRestored')}
    </Alert>
  );
}
