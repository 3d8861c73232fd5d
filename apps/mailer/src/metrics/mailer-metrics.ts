import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { ALL_ROUTING_KEYS, RoutingKey } from '@app/contracts';

/** What became of one message the mailer took from its queue. */
export type ConsumeOutcome = 'processed' | 'retried' | 'dead_lettered';

/** Why a message was dead-lettered (the same words as the dead letter's header). */
export type DeadLetterReason = 'invalid-message' | 'attempts-exhausted';

/**
 * What became of one mail to the inbound listener: `published` as `rsvp.replied`, or why it was
 * dropped. `forged` is a reply whose token was not signed for its UID and ATTENDEE (an unknown
 * token and someone else's ATTENDEE look the same by design); `rejected_recipient` an address
 * refused at RCPT TO; `publish_failed` a reply the broker did not confirm (answered 451: the
 * MTA tries again).
 */
export const INBOUND_OUTCOMES = [
  'published',
  'not_calendar',
  'not_reply',
  'malformed',
  'unknown_event',
  'forged',
  'oversized',
  'rejected_recipient',
  'rate_limited',
  'publish_failed',
] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

/** SMTP send attempts are measured up to a minute: beyond that the transport has timed out. */
const SMTP_DURATION_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * Every metric the mailer exposes, in a registry of its own. Counters labelled by message type
 * start at zero for every known routing key, so a rate of failures reads 0 rather than "no data"
 * before the first failure. The mail template is named after the message type that it renders
 * (one template per routing key), which keeps the label set small and known in advance.
 * A message type the contract does not know is counted as `unknown` (it is dead-lettered).
 */
export class MailerMetrics {
  readonly registry = new Registry();

  private readonly consumed = new Counter({
    name: 'agora_mailer_messages_consumed_total',
    help: 'Messages taken from the mailer queue, by type and what became of them',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly sent = new Counter({
    name: 'agora_mailer_mails_sent_total',
    help: 'Mails accepted by the SMTP server, by template',
    labelNames: ['template'] as const,
    registers: [this.registry],
  });

  private readonly failed = new Counter({
    name: 'agora_mailer_mails_failed_total',
    help: 'Mails the SMTP server did not accept (refused, unreachable, timed out), by template',
    labelNames: ['template'] as const,
    registers: [this.registry],
  });

  private readonly smtpDuration = new Histogram({
    name: 'agora_mailer_smtp_send_duration_seconds',
    help: 'Time to hand one mail to the SMTP server, successful or not',
    labelNames: ['outcome'] as const,
    buckets: SMTP_DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly retries = new Counter({
    name: 'agora_mailer_retries_total',
    help: 'Messages sent back to a retry queue after a failed attempt, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly deadLettered = new Counter({
    name: 'agora_mailer_dead_lettered_total',
    help: 'Messages moved to the dead-letter queue, by type and reason',
    labelNames: ['type', 'reason'] as const,
    registers: [this.registry],
  });

  private readonly duplicates = new Counter({
    name: 'agora_mailer_duplicates_skipped_total',
    help: 'Recipients skipped because a redelivered message had already been mailed to them',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  private readonly inboundReplies = new Counter({
    name: 'agora_mailer_inbound_replies_total',
    help: 'Mails to the reply addresses (iTIP REPLY), by what became of them',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    for (const type of ALL_ROUTING_KEYS) {
      for (const outcome of ['processed', 'retried', 'dead_lettered'] as const) {
        this.consumed.inc({ type, outcome }, 0);
      }
      this.sent.inc({ template: type }, 0);
      this.failed.inc({ template: type }, 0);
      this.retries.inc({ type }, 0);
      this.duplicates.inc({ type }, 0);
      for (const reason of ['invalid-message', 'attempts-exhausted'] as const) {
        this.deadLettered.inc({ type, reason }, 0);
      }
    }
    for (const outcome of ['sent', 'failed'] as const) this.smtpDuration.zero({ outcome });
    for (const outcome of INBOUND_OUTCOMES) this.inboundReplies.inc({ outcome }, 0);
  }

  messageConsumed(type: string, outcome: ConsumeOutcome): void {
    this.consumed.inc({ type: knownType(type), outcome });
  }

  /** Times one SMTP send; call the returned function with whether the server accepted the mail. */
  startSmtpSend(template: string): (accepted: boolean) => void {
    const stop = this.smtpDuration.startTimer();
    return (accepted) => {
      stop({ outcome: accepted ? 'sent' : 'failed' });
      (accepted ? this.sent : this.failed).inc({ template: knownType(template) });
    };
  }

  retryScheduled(type: string): void {
    this.retries.inc({ type: knownType(type) });
  }

  deadLetter(type: string, reason: DeadLetterReason): void {
    this.deadLettered.inc({ type: knownType(type), reason });
  }

  inboundReply(outcome: InboundOutcome): void {
    this.inboundReplies.inc({ outcome });
  }

  /** `count` recipients of a redelivered message had already been mailed and were skipped. */
  duplicateSkipped(type: string, count = 1): void {
    if (count > 0) this.duplicates.inc({ type: knownType(type) }, count);
  }
}

/** A label value from a message can be anything: keep only the ones the contract defines. */
function knownType(type: string): string {
  return (ALL_ROUTING_KEYS as readonly string[]).includes(type) ? (type as RoutingKey) : 'unknown';
}
