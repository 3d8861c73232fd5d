import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { Counter, Histogram } from 'prom-client';
import { ALL_REPORT_KEYS, ALL_ROUTING_KEYS } from '@app/contracts';

export const METRIC = {
  registrations: 'agora_registrations_total',
  verifications: 'agora_email_verifications_total',
  logins: 'agora_logins_total',
  eventsCreated: 'agora_events_created_total',
  outboxPublished: 'agora_outbox_published_total',
  outboxFailures: 'agora_outbox_publish_failures_total',
  outboxLag: 'agora_outbox_publish_lag_seconds',
  inboundMessages: 'agora_inbound_messages_total',
  remindersScheduled: 'agora_reminders_scheduled_total',
  remindersSent: 'agora_reminders_sent_total',
  remindersLate: 'agora_reminders_late_total',
  feedRequests: 'agora_calendar_feed_requests_total',
} as const;

/** `created`: a new account; `existing_email`: the address was taken (the owner is told by mail). */
export type RegistrationOutcome = 'created' | 'existing_email';
/** `invalid` covers unknown and expired tokens (both answer 400). */
export type VerificationOutcome = 'verified' | 'invalid' | 'already_used';
/** What checking an email-verification token found. */
export type VerificationTokenState = 'valid' | 'used' | 'unknown' | 'expired';

const VERIFICATION_OUTCOME_OF: Record<VerificationTokenState, VerificationOutcome> = {
  valid: 'verified',
  used: 'already_used',
  unknown: 'invalid',
  expired: 'invalid',
};
export type LoginOutcome = 'success' | 'invalid_credentials' | 'unverified';

const REGISTRATION_OUTCOMES: RegistrationOutcome[] = ['created', 'existing_email'];
const VERIFICATION_OUTCOMES: VerificationOutcome[] = ['verified', 'invalid', 'already_used'];
const LOGIN_OUTCOMES: LoginOutcome[] = ['success', 'invalid_credentials', 'unverified'];

/**
 * Account counters. Every outcome starts at zero, so dashboards and alerts read 0 rather than
 * "no data" before the first occurrence.
 */
@Injectable()
export class AccountMetrics {
  constructor(
    @InjectMetric(METRIC.registrations) private readonly registrations: Counter<'outcome'>,
    @InjectMetric(METRIC.verifications) private readonly verifications: Counter<'outcome'>,
    @InjectMetric(METRIC.logins) private readonly logins: Counter<'outcome'>,
  ) {
    for (const outcome of REGISTRATION_OUTCOMES) registrations.inc({ outcome }, 0);
    for (const outcome of VERIFICATION_OUTCOMES) verifications.inc({ outcome }, 0);
    for (const outcome of LOGIN_OUTCOMES) logins.inc({ outcome }, 0);
  }

  registration(outcome: RegistrationOutcome): void {
    this.registrations.inc({ outcome });
  }

  verification(token: VerificationTokenState): void {
    this.verifications.inc({ outcome: VERIFICATION_OUTCOME_OF[token] });
  }

  login(outcome: LoginOutcome): void {
    this.logins.inc({ outcome });
  }
}

@Injectable()
export class EventMetrics {
  constructor(@InjectMetric(METRIC.eventsCreated) private readonly created: Counter) {
    created.inc(0);
  }

  eventCreated(): void {
    this.created.inc();
  }
}

/** What the outbox relay did with each row. The routing keys are the contract's (a bounded set). */
@Injectable()
export class OutboxMetrics {
  constructor(
    @InjectMetric(METRIC.outboxPublished) private readonly publishedTotal: Counter<'routing_key'>,
    @InjectMetric(METRIC.outboxFailures) private readonly failuresTotal: Counter<'routing_key'>,
    @InjectMetric(METRIC.outboxLag) private readonly lag: Histogram,
  ) {
    for (const routingKey of ALL_ROUTING_KEYS) {
      publishedTotal.inc({ routing_key: routingKey }, 0);
      failuresTotal.inc({ routing_key: routingKey }, 0);
    }
  }

  /** A row the broker confirmed; `occurredAt` is the envelope's, set in the transaction that wrote the row. */
  published(routingKey: string, occurredAt: Date, now = new Date()): void {
    this.publishedTotal.inc({ routing_key: routingKey });
    // Metrics never fail the relay: a message without a readable time only goes uncounted in the lag.
    const lagSeconds = (now.getTime() - occurredAt.getTime()) / 1000;
    if (Number.isFinite(lagSeconds)) this.lag.observe(Math.max(0, lagSeconds));
  }

  /** A publish attempt the broker refused or that could not reach it. */
  failed(routingKey: string): void {
    this.failuresTotal.inc({ routing_key: routingKey });
  }
}

/**
 * `handled`: a handler took it; `unhandled`: valid but nobody listens for its type (acked);
 * `invalid`: not a message we can read (dead-lettered); `failed`: its handler threw (redelivered).
 */
export type InboundOutcome = 'handled' | 'unhandled' | 'invalid' | 'failed';
const INBOUND_OUTCOMES: InboundOutcome[] = ['handled', 'unhandled', 'invalid', 'failed'];

/** Messages the backend consumes (reports from the mailer), by type and outcome. */
@Injectable()
export class InboundMetrics {
  constructor(
    @InjectMetric(METRIC.inboundMessages) private readonly messages: Counter<'type' | 'outcome'>,
  ) {
    for (const type of ALL_REPORT_KEYS)
      for (const outcome of INBOUND_OUTCOMES) messages.inc({ type, outcome }, 0);
  }

  /** `type` is only trusted once the message is valid; anything else counts as `unknown`. */
  message(type: string | undefined, outcome: InboundOutcome): void {
    this.messages.inc({ type: type ?? 'unknown', outcome });
  }
}

/**
 * The reminder schedule: rows scheduled, reminders handed to the outbox, and those found too late
 * (the event had started) and dropped. Counted by the process that did it; sum over replicas.
 */
@Injectable()
export class ReminderMetrics {
  constructor(
    @InjectMetric(METRIC.remindersScheduled) private readonly scheduledTotal: Counter,
    @InjectMetric(METRIC.remindersSent) private readonly sentTotal: Counter,
    @InjectMetric(METRIC.remindersLate) private readonly lateTotal: Counter,
  ) {
    for (const counter of [scheduledTotal, sentTotal, lateTotal]) counter.inc(0);
  }

  scheduled(count: number): void {
    this.scheduledTotal.inc(count);
  }

  sent(count: number): void {
    this.sentTotal.inc(count);
  }

  late(count: number): void {
    this.lateTotal.inc(count);
  }
}

/** `full`: the calendar was sent; `not_modified`: a 304 for the ETag the client already had. */
export type FeedAnswer = 'full' | 'not_modified';
const FEED_ANSWERS: FeedAnswer[] = ['full', 'not_modified'];

/** Calendar feed polls that found a feed, by what they were answered. */
@Injectable()
export class FeedMetrics {
  constructor(@InjectMetric(METRIC.feedRequests) private readonly requests: Counter<'answer'>) {
    for (const answer of FEED_ANSWERS) requests.inc({ answer }, 0);
  }

  answered(answer: FeedAnswer): void {
    this.requests.inc({ answer });
  }
}
