import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthProvider';
import { changeLanguage, isLanguage, type Language } from '../i18n/i18n';

/** Switches the interface language and, when logged in, the language of the user's mails too. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { user, setUser } = useAuth();

  async function select(value: string) {
    if (!isLanguage(value)) return;
    await changeLanguage(value);
    if (user && user.locale !== value) {
      const result = await api.PATCH('/api/users/me', { body: { locale: value as Language } });
      if (result.data) setUser(result.data);
    }
  }

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={i18n.language}
      onChange={(value) => void select(value)}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'fr', label: 'FR' },
      ]}
    />
  );
}
