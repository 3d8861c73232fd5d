import { z } from 'zod';
import { rsvpAnswerSchema } from './payloads';

/**
 * Messages the mailer publishes about mail it received. They go to the same topic exchange as
 * everything else (`agora.events`) under their own keys, which the mailer's queue is not bound
 * to: the backend's queue takes them.
 */
export const ReplyKey = {
  /** A member answered an invitation from their calendar (an iTIP REPLY mailed to us). */
  RsvpReplied: 'rsvp.replied',
} as const;
export type ReplyKey = (typeof ReplyKey)[keyof typeof ReplyKey];
export const ALL_REPLY_KEYS: readonly ReplyKey[] = Object.values(ReplyKey);

/**
 * What a calendar's REPLY said, once the mailer has checked that it comes back to the address
 * signed for this person and event and names them as ATTENDEE. Whether they may still answer
 * (a member, the event not cancelled) is the backend's to decide.
 */
export const rsvpRepliedSchema = z.object({
  eventId: z.uuid(),
  userId: z.uuid(),
  answer: rsvpAnswerSchema,
  /** When the mailer received the reply. */
  receivedAt: z.iso.datetime({ offset: true }),
});
export type RsvpReplied = z.infer<typeof rsvpRepliedSchema>;

export const replySchemas = {
  [ReplyKey.RsvpReplied]: rsvpRepliedSchema,
} as const satisfies Record<ReplyKey, z.ZodType>;

export interface ReplyEnvelope {
  /** A redelivered message keeps its id. */
  id: string;
  type: typeof ReplyKey.RsvpReplied;
  occurredAt: string;
  correlationId: string;
  data: RsvpReplied;
}

const replyEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.literal(ReplyKey.RsvpReplied),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1).max(200),
  data: rsvpRepliedSchema,
});

/** Validates a received reply message; anything that fails never reaches a handler. */
export function parseReplyEnvelope(
  raw: unknown,
): { ok: true; envelope: ReplyEnvelope } | { ok: false; error: string } {
  const parsed = replyEnvelopeSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, envelope: parsed.data }
    : { ok: false, error: z.prettifyError(parsed.error) };
}
