import {
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { validators } from '../../forms/validators';
import { type Voter, VoterPicker } from './VoterPicker';

export type MinuteKind = 'general-assembly' | 'board';

export interface MinuteInput {
  heldOn: string;
  title: string | null;
  kind: MinuteKind;
  content: string;
  voterIds: string[];
}

interface Props {
  associationId: string;
  initial?: MinuteInput;
  /** The voters of `initial`, with their names. */
  initialVoters?: Voter[];
  submitLabel: string;
  onSubmit: (input: MinuteInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** Writes or edits the minutes of a meeting; the voters are picked among the members. */
export function MinuteForm({
  associationId,
  initial,
  initialVoters = [],
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const rules = validators(t);
  const form = useForm({
    initialValues: {
      heldOn: (initial?.heldOn ?? null) as string | null,
      title: initial?.title ?? '',
      kind: initial?.kind ?? ('general-assembly' as MinuteKind),
      content: initial?.content ?? '',
      voterIds: initial?.voterIds ?? [],
    },
    validate: {
      heldOn: rules.required,
      title: rules.maxLength(200),
      content: (value) => rules.required(value) ?? rules.maxLength(100_000)(value),
    },
  });
  const [voters, setVoters] = useState(initialVoters);
  const submit = useFormSubmit(form, (values) =>
    onSubmit({
      heldOn: values.heldOn!,
      title: values.title.trim() || null,
      kind: values.kind,
      content: values.content.trim(),
      voterIds: values.voterIds,
    }),
  );

  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <FormAlert error={submit.error} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="minute-kind-label">
            {t('minutes.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="minute-kind-label"
            data={(['general-assembly', 'board'] as const).map((kind) => ({
              value: kind,
              label: t(`minutes.kinds.${kind}`),
            }))}
            {...form.getInputProps('kind')}
          />
        </Stack>
        <TextInput
          label={t('fields.minuteTitle')}
          description={t('minutes.titleHint')}
          maxLength={200}
          {...form.getInputProps('title')}
        />
        <DateInput
          label={t('fields.heldOn')}
          valueFormat="YYYY-MM-DD"
          placeholder={t('fields.datePlaceholder')}
          required
          {...form.getInputProps('heldOn')}
        />
        <Textarea
          label={t('fields.content')}
          autosize
          minRows={6}
          required
          {...form.getInputProps('content')}
        />
        <VoterPicker
          associationId={associationId}
          value={voters}
          onChange={(picked) => {
            setVoters(picked);
            form.setFieldValue(
              'voterIds',
              picked.map((voter) => voter.userId),
            );
          }}
          error={form.getInputProps('voterIds').error}
        />
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
