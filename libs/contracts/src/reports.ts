import { z } from 'zod';
import { rsvpRepliedSchema } from './replies';
import { RoutingKey } from './routing-keys';

/**
 * Messages the services send back to the backend. They travel on their own topic exchange, so a
 * service that reports (the mailer) never needs the right to publish on `agora.events`, and the
 * mailer's queue, bound to every key of `agora.events`, never receives them.
 */
export const REPORTS_EXCHANGE = 'agora.reports';

export const ReportKey = {
  MailSent: 'mail.sent',
  MailFailed: 'mail.failed',
  MailDeadLettered: 'mail.dead-lettered',
  /** A member answered an invitation from their calendar (an iTIP REPLY mailed to us). */
  RsvpReplied: 'rsvp.replied',
} as const;
export type ReportKey = (typeof ReportKey)[keyof typeof ReportKey];
export const ALL_REPORT_KEYS: readonly ReportKey[] = Object.values(ReportKey);

/** The event mail a report is about: one recipient of one outbox message. */
const mailOutcomeSchema = z.object({
  /** The envelope id of the message the mail was built from. */
  sourceMessageId: z.uuid(),
  eventId: z.uuid(),
  /** The iCalendar SEQUENCE of the invitation that was mailed. */
  sequence: z.number().int().min(0),
  userId: z.uuid(),
  template: z.enum([RoutingKey.EventCreated, RoutingKey.EventUpdated, RoutingKey.EventCancelled]),
});

export const mailSentSchema = mailOutcomeSchema.extend({
  /** The Message-ID header of the mail the SMTP server accepted. */
  smtpMessageId: z.string().min(1).max(1000),
});
export const mailFailedSchema = mailOutcomeSchema.extend({
  reason: z.string().min(1).max(1000),
  /** A refusal for good (5xx to RCPT TO): the mailer does not try again. */
  permanent: z.boolean(),
});
export const mailDeadLetteredSchema = mailOutcomeSchema.extend({
  reason: z.string().min(1).max(1000),
});

export const reportSchemas = {
  [ReportKey.MailSent]: mailSentSchema,
  [ReportKey.MailFailed]: mailFailedSchema,
  [ReportKey.MailDeadLettered]: mailDeadLetteredSchema,
  [ReportKey.RsvpReplied]: rsvpRepliedSchema,
} as const satisfies Record<ReportKey, z.ZodType>;

export type ReportPayloadOf<K extends ReportKey> = z.infer<(typeof reportSchemas)[K]>;
export type MailOutcome = z.infer<typeof mailOutcomeSchema>;

export interface ReportEnvelope<K extends ReportKey = ReportKey> {
  /** A redelivered report keeps its id. */
  id: string;
  type: K;
  /** When the outcome happened: what makes an older report lose against a newer one. */
  occurredAt: string;
  correlationId: string;
  data: ReportPayloadOf<K>;
}
export type AnyReportEnvelope = { [K in ReportKey]: ReportEnvelope<K> }[ReportKey];
/** The reports about one recipient's event mail: what the delivery ledger keeps. */
export type MailReportKey = Exclude<ReportKey, typeof ReportKey.RsvpReplied>;
export type MailReportEnvelope = { [K in MailReportKey]: ReportEnvelope<K> }[MailReportKey];

const reportHeaderSchema = z.object({
  id: z.uuid(),
  type: z.enum(ALL_REPORT_KEYS as [ReportKey, ...ReportKey[]]),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1).max(200),
  data: z.unknown(),
});

export type ReportParseResult =
  | { ok: true; envelope: AnyReportEnvelope }
  | { ok: false; error: string };

/** Validates a report: the envelope, then its payload against the schema of its type. */
export function parseReport(raw: unknown): ReportParseResult {
  const header = reportHeaderSchema.safeParse(raw);
  if (!header.success) return { ok: false, error: z.prettifyError(header.error) };
  const data = reportSchemas[header.data.type].safeParse(header.data.data);
  if (!data.success) return { ok: false, error: z.prettifyError(data.error) };
  return { ok: true, envelope: { ...header.data, data: data.data } as AnyReportEnvelope };
}

/** Builds a validated report; throws if the payload does not satisfy its schema. */
export function createReport<K extends ReportKey>(
  type: K,
  data: ReportPayloadOf<K>,
  meta: { id: string; correlationId: string; occurredAt?: Date },
): ReportEnvelope<K> {
  return {
    id: meta.id,
    type,
    occurredAt: (meta.occurredAt ?? new Date()).toISOString(),
    correlationId: meta.correlationId,
    data: reportSchemas[type].parse(data) as ReportPayloadOf<K>,
  };
}
