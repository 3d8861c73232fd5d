import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftRestored } from '../../components/DraftRestored';
import { FormAlert } from '../../components/FormAlert';
import {
  browserTimeZone,
  formatEventRange,
  startsInPast,
  timeZones,
  toInstant,
  toWallClock,
} from '../../events/time';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';

export interface EventInput {
  title: string;
  description: string | null;
  location: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

interface Props {
  initial?: {
    title: string;
    description: string | null;
    location: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
  };
  submitLabel: string;
  onSubmit: (input: EventInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** Creates or edits an event; times are entered as the wall clock of the event's time zone. */
export function EventForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const rules = validators(t);
  // Invitations go out at once: a start already past is asked about before anything is sent.
  const [pastStart, setPastStart] = useState<EventInput | null>(null);
  const pastConfirmed = useRef(false);
  const zones = useMemo(() => timeZones(), []);
  const zone = initial?.timeZone ?? browserTimeZone();
  const start = initial ? toWallClock(initial.startsAt, zone) : { date: '', time: '' };
  const end = initial ? toWallClock(initial.endsAt, zone) : { date: '', time: '' };
  const form = useForm({
    initialValues: {
      title: initial?.title ?? '',
      description: initial?.description ?? '',
      location: initial?.location ?? '',
      startDate: start.date as string | null,
      startTime: start.time,
      endDate: end.date as string | null,
      endTime: end.time,
      timeZone: zone as string | null,
    },
    validate: {
      title: (value) => rules.required(value) ?? rules.maxLength(200)(value),
      location: rules.maxLength(300),
      description: rules.maxLength(10000),
      startDate: rules.required,
      startTime: rules.required,
      endDate: rules.required,
      endTime: (value, values) => {
        if (!value) return t('validation.required');
        const startsAt = toInstant(
          values.startDate ?? '',
          values.startTime,
          values.timeZone ?? 'UTC',
        );
        const endsAt = toInstant(values.endDate ?? '', value, values.timeZone ?? 'UTC');
        return startsAt && endsAt && endsAt <= startsAt ? t('validation.endAfterStart') : null;
      },
      timeZone: rules.required,
    },
  });
  const submit = useFormSubmit(
    form,
    async (values) => {
      const input: EventInput = {
        title: values.title.trim(),
        description: values.description.trim() || null,
        location: values.location.trim() || null,
        startsAt: toInstant(values.startDate ?? '', values.startTime, values.timeZone!) ?? '',
        endsAt: toInstant(values.endDate ?? '', values.endTime, values.timeZone!) ?? '',
        timeZone: values.timeZone!,
      };
      const moved =
        !initial || new Date(initial.startsAt).getTime() !== new Date(input.startsAt).getTime();
      if (moved && startsInPast(input.startsAt) && !pastConfirmed.current) {
        setPastStart(input);
        return;
      }
      pastConfirmed.current = false;
      setPastStart(null);
      await onSubmit(input);
    },
    { startsAt: 'startDate', endsAt: 'endTime' },
    // A new event's draft survives an expired session; an edit starts again from the event.
    initial ? undefined : 'new-event',
  );

  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <DraftRestored restored={submit.restored} />
        <FormAlert error={submit.error} />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <TextInput label={t('fields.location')} {...form.getInputProps('location')} />
        <Textarea
          label={t('fields.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DateInput
            label={t('fields.startDate')}
            valueFormat="YYYY-MM-DD"
            placeholder={t('fields.datePlaceholder')}
            required
            {...form.getInputProps('startDate')}
          />
          <TimeInput label={t('fields.startTime')} required {...form.getInputProps('startTime')} />
          <DateInput
            label={t('fields.endDate')}
            valueFormat="YYYY-MM-DD"
            placeholder={t('fields.datePlaceholder')}
            required
            {...form.getInputProps('endDate')}
          />
          <TimeInput label={t('fields.endTime')} required {...form.getInputProps('endTime')} />
        </SimpleGrid>
        <Select
          label={t('fields.timeZone')}
          data={zones}
          searchable
          required
          limit={50}
          {...form.getInputProps('timeZone')}
        />
        {pastStart && (
          <Alert color="yellow" role="alert" title={t('events.pastTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('events.pastWarning', {
                  start: formatEventRange(
                    pastStart.startsAt,
                    pastStart.endsAt,
                    pastStart.timeZone,
                    i18n.language,
                  ),
                })}
              </Text>
              <Group gap="xs">
                <Button
                  type="submit"
                  size="xs"
                  color="yellow.9"
                  loading={submit.pending}
                  onClick={() => {
                    pastConfirmed.current = true;
                  }}
                >
                  {t('events.pastConfirm')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setPastStart(null)}>
                  {t('events.pastBack')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submit.pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
