import type { TFunction } from 'i18next';
import type { components } from '../api/schema';

type Minute = Pick<components['schemas']['MinuteSummaryDto'], 'title' | 'kind' | 'heldOn'>;

/** "14 June 2026": the day of the meeting, which has no time and no zone. */
export function formatHeldOn(heldOn: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${heldOn}T00:00:00Z`),
  );
}

/** The title when there is one, otherwise the kind of meeting and its day. */
export function minuteHeading(minute: Minute, t: TFunction, language: string): string {
  return (
    minute.title ??
    t('minutes.untitled', {
      kind: t(`minutes.kinds.${minute.kind}`),
      date: formatHeldOn(minute.heldOn, language),
    })
  );
}
