import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatEventRange } from './time';

type Timed = Pick<components['schemas']['EventDto'], 'startsAt' | 'endsAt' | 'timeZone'>;

/** When an event takes place, in its own time zone and the reader's language. */
export function EventWhen({ event }: { event: Timed }) {
  const { i18n } = useTranslation();
  return (
    <Text size="sm">
      {formatEventRange(
        String(event.startsAt),
        String(event.endsAt),
        event.timeZone,
        i18n.language,
      )}
    </Text>
  );
}
