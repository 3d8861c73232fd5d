import { Button, Group } from '@mantine/core';
import type { components } from '../api/schema';

export type Answer = components['schemas']['RsvpDto']['answer'];
export const ANSWERS: readonly Answer[] = ['accepted', 'tentative', 'declined'];
export const isAnswer = (value: string | null): value is Answer =>
  ANSWERS.includes(value as Answer);

/**
 * The three answers to an event, shared by the mailed link's page and the event page so both offer
 * the same choices in the same order. `selected` is pressed (filled, `aria-pressed`).
 */
export function AnswerButtons({
  selected,
  pending,
  label,
  onAnswer,
  labelledBy,
}: {
  selected: Answer | null;
  /** The answer being saved, shown as loading. */
  pending: Answer | null;
  label: (answer: Answer) => string;
  onAnswer: (answer: Answer) => void;
  labelledBy?: string;
}) {
  return (
    <Group role="group" aria-labelledby={labelledBy}>
      {ANSWERS.map((choice) => (
        <Button
          key={choice}
          variant={choice === selected ? 'filled' : 'outline'}
          aria-pressed={choice === selected}
          loading={pending === choice}
          onClick={() => onAnswer(choice)}
        >
          {label(choice)}
        </Button>
      ))}
    </Group>
  );
}
