import type { Channel } from 'amqplib';
import { ALL_ROUTING_KEYS, EXCHANGE_NAME, REPORTS_EXCHANGE } from '@app/contracts';

/** The mailer's work queue: bound to every routing key of the exchange. */
export const MAILER_QUEUE = 'agora.mailer';
/** Where messages go that can never be mailed (invalid, or out of attempts). */
export const DEAD_LETTER_QUEUE = 'agora.mailer.dead';
/** The fanout exchange the broker itself dead-letters into (see MAILER_DELIVERY_LIMIT). */
export const DEAD_LETTER_EXCHANGE = 'agora.mailer.dead-letter';
/**
 * Redeliveries (consumer died or its channel closed before the ack) after which the broker gives
 * up on a message and dead-letters it. This only stops a message that crashes the mailer from
 * looping forever; ordinary SMTP failures go through the retry queues and never count here.
 */
export const MAILER_DELIVERY_LIMIT = 20;

/** Header counting how many times the mailer has tried a message (absent = first attempt). */
export const ATTEMPT_HEADER = 'x-agora-attempt';
/** Headers set on a dead letter: why it died and the last error. */
export const DEATH_REASON_HEADER = 'x-agora-death-reason';
export const LAST_ERROR_HEADER = 'x-agora-last-error';

export type DeathReason = 'invalid-message' | 'attempts-exhausted';

/** Quorum queues: replicated, durable, and they count redeliveries (x-delivery-limit). */
const quorum = { 'x-queue-type': 'quorum' } as const;

/**
 * Declares the exchange, the mailer queue with its bindings and the dead-letter queue. Both the
 * backend (so that nothing it publishes is ever unroutable, even before a mailer has started) and
 * the mailer call it; every declaration is idempotent as long as the arguments stay the same.
 */
export async function declareMailTopology(channel: Channel): Promise<void> {
  await channel.assertExchange(EXCHANGE_NAME, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'fanout', { durable: true });
  await channel.assertQueue(DEAD_LETTER_QUEUE, { durable: true, arguments: { ...quorum } });
  await channel.bindQueue(DEAD_LETTER_QUEUE, DEAD_LETTER_EXCHANGE, '');
  await channel.assertQueue(MAILER_QUEUE, {
    durable: true,
    arguments: {
      ...quorum,
      'x-delivery-limit': MAILER_DELIVERY_LIMIT,
      'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
      // At-least-once dead-lettering (RabbitMQ ≥ 3.10) needs reject-publish overflow.
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
    },
  });
  for (const routingKey of ALL_ROUTING_KEYS) {
    await channel.bindQueue(MAILER_QUEUE, EXCHANGE_NAME, routingKey);
  }
}

/** The retry queue that holds a message for `delayMs` before it returns to the mailer queue. */
export function retryQueueName(delayMs: number): string {
  return `${MAILER_QUEUE}.retry.${delayMs}ms`;
}

/**
 * One queue per delay: messages wait there until their queue-wide TTL expires, then the broker
 * dead-letters them back to the mailer queue through the default exchange. A queue-wide TTL
 * (rather than a per-message one) means no message ever waits behind a longer one. The name
 * carries the delay, so changing the delays never conflicts with queues already declared.
 */
export async function declareRetryQueues(channel: Channel, delaysMs: readonly number[]): Promise<void> {
  for (const delayMs of new Set(delaysMs)) {
    await channel.assertQueue(retryQueueName(delayMs), {
      durable: true,
      arguments: {
        ...quorum,
        'x-message-ttl': delayMs,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': MAILER_QUEUE,
        'x-dead-letter-strategy': 'at-least-once',
        'x-overflow': 'reject-publish',
      },
    });
  }
}

/** The backend's inbound queue: every report the services send back (see REPORTS_EXCHANGE). */
export const BACKEND_REPORTS_QUEUE = 'agora.backend.reports';
/** Reports the backend cannot read (invalid, or failing again and again) end up here. */
export const BACKEND_REPORTS_DEAD_LETTER_EXCHANGE = 'agora.backend.reports.dead-letter';
export const BACKEND_REPORTS_DEAD_QUEUE = 'agora.backend.reports.dead';
/** The binding patterns of the backend's queue: one per family of reports. */
export const BACKEND_REPORT_PATTERNS = ['mail.*', 'rsvp.*'] as const;
/**
 * Redeliveries after which the broker dead-letters a report the backend keeps failing on (its
 * database away for long): the ledger is a view, one stale row is better than a stuck queue.
 */
export const BACKEND_REPORTS_DELIVERY_LIMIT = 50;

/**
 * Declares the reports exchange, the backend's queue and its dead letters. Both sides call it: the
 * mailer so that a report published before the backend ever started is queued, not dropped as
 * unroutable; the backend to consume.
 */
export async function declareReportTopology(channel: Channel): Promise<void> {
  await channel.assertExchange(REPORTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(BACKEND_REPORTS_DEAD_LETTER_EXCHANGE, 'fanout', { durable: true });
  await channel.assertQueue(BACKEND_REPORTS_DEAD_QUEUE, { durable: true, arguments: { ...quorum } });
  await channel.bindQueue(BACKEND_REPORTS_DEAD_QUEUE, BACKEND_REPORTS_DEAD_LETTER_EXCHANGE, '');
  await channel.assertQueue(BACKEND_REPORTS_QUEUE, {
    durable: true,
    arguments: {
      ...quorum,
      'x-delivery-limit': BACKEND_REPORTS_DELIVERY_LIMIT,
      'x-dead-letter-exchange': BACKEND_REPORTS_DEAD_LETTER_EXCHANGE,
      'x-dead-letter-strategy': 'at-least-once',
      'x-overflow': 'reject-publish',
    },
  });
  for (const pattern of BACKEND_REPORT_PATTERNS) {
    await channel.bindQueue(BACKEND_REPORTS_QUEUE, REPORTS_EXCHANGE, pattern);
  }
}
