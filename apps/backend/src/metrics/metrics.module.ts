import { Global, Module } from '@nestjs/common';
import {
  makeCounterProvider,
  makeHistogramProvider,
  PrometheusModule,
} from '@willsoto/nestjs-prometheus';
import {
  AccountMetrics,
  EventMetrics,
  FeedMetrics,
  InboundMetrics,
  METRIC,
  OutboxMetrics,
  ReminderMetrics,
} from './domain-metrics';
import { HTTP_DURATION_BUCKETS, HTTP_DURATION_METRIC, HttpMetrics } from './http-metrics';
import { MetricsController } from './metrics.controller';
import { OutboxGauges } from './outbox-gauges';

/**
 * Prometheus metrics of the backend: `GET /metrics`, the process's default metrics, request
 * durations, the outbox backlog, and the domain counters. Global, so that a feature service only
 * injects the domain metrics it counts without importing this module.
 */
@Global()
@Module({
  imports: [
    PrometheusModule.register({ controller: MetricsController, defaultMetrics: { enabled: true } }),
  ],
  providers: [
    makeHistogramProvider({
      name: HTTP_DURATION_METRIC,
      help: 'HTTP requests by method, route template and status, with their duration',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_DURATION_BUCKETS,
    }),
    makeCounterProvider({
      name: METRIC.registrations,
      help: 'Registrations, by outcome',
      labelNames: ['outcome'],
    }),
    makeCounterProvider({
      name: METRIC.verifications,
      help: 'Email verification attempts, by outcome',
      labelNames: ['outcome'],
    }),
    makeCounterProvider({
      name: METRIC.logins,
      help: 'Login attempts, by outcome',
      labelNames: ['outcome'],
    }),
    makeCounterProvider({ name: METRIC.eventsCreated, help: 'Events created' }),
    makeCounterProvider({
      name: METRIC.outboxPublished,
      help: 'Outbox rows published and confirmed by RabbitMQ, by routing key',
      labelNames: ['routing_key'],
    }),
    makeCounterProvider({
      name: METRIC.outboxFailures,
      help: 'Outbox publish attempts that failed, by routing key',
      labelNames: ['routing_key'],
    }),
    makeHistogramProvider({
      name: METRIC.outboxLag,
      help: 'Time from the commit of an outbox row to its confirmed publication',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    }),
    makeCounterProvider({
      name: METRIC.inboundMessages,
      help: 'Messages consumed by the backend (reports from other services), by type and outcome',
      labelNames: ['type', 'outcome'],
    }),
    makeCounterProvider({
      name: METRIC.remindersScheduled,
      help: 'Event reminders put on the schedule',
    }),
    makeCounterProvider({
      name: METRIC.remindersSent,
      help: 'Event reminders handed to the outbox, one per recipient',
    }),
    makeCounterProvider({
      name: METRIC.remindersLate,
      help: 'Event reminders not sent because the event had started (or changed) when they came due',
    }),
    makeCounterProvider({
      name: METRIC.feedRequests,
      help: 'Calendar feed requests that found a feed, by answer (full or not_modified: a 304)',
      labelNames: ['answer'],
    }),
    HttpMetrics,
    OutboxGauges,
    AccountMetrics,
    EventMetrics,
    OutboxMetrics,
    ReminderMetrics,
    FeedMetrics,
    InboundMetrics,
  ],
  exports: [
    AccountMetrics,
    EventMetrics,
    OutboxMetrics,
    ReminderMetrics,
    FeedMetrics,
    InboundMetrics,
  ],
})
export class MetricsModule {}
