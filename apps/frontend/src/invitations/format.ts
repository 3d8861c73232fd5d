import type { TFunction } from 'i18next';

type Role = 'admin' | 'member';

/** A date and time in the reader's language, e.g. "Dec 12, 2026, 6:00 PM". */
export const formatMoment = (instant: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );

/** "As member (Treasurer)": the place in the association the invitation offers. */
export const offeredRole = (t: TFunction, role: Role, title: string | null) =>
  title
    ? t('invitations.asRoleWithTitle', { role: t(`roles.${role}`), title })
    : t('invitations.asRole', { role: t(`roles.${role}`) });
