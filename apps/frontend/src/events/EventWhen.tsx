import { Text, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatEventRange, readerRange } from './time';

type Timed = Pick<components['schemas']['EventDto'], 'startsAt' | 'endsAt' | 'timeZone'>;

/**
 * When an event takes place, in its own time zone and the reader's language, and on the reader's
 * own clock too when that reads differently.
 */
export function EventWhen({ event, size = 'sm' }: { event: Timed; size?: MantineSize }) {
  const { t, i18n } = useTranslation();
  const [startsAt, endsAt] = [String(event.startsAt), String(event.endsAt)];
  const mine = readerRange(startsAt, endsAt, event.timeZone, i18n.language);
  return (
    <>
      <Text size={size}>{formatEventRange(startsAt, endsAt, event.timeZone, i18n.language)}</Text>
      {mine && (
        <Text size={size} c="dimmed">
          {t('events.yourTime', { time: mine })}
        </Text>
      )}
    </>
  );
}
