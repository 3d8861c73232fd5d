import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EXCHANGE_NAME } from '@app/contracts';
import { AppConfig } from '../config/app-config';
import { BrokerService } from '../messaging/broker.service';
import { OutboxMetrics } from '../metrics/domain-metrics';
import { OutboxListener } from './outbox-listener';
import { OutboxRepository, PendingOutboxRow } from './outbox.repository';

/** Wait before retrying a row that failed to publish: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.min(attempts, 20));
}

/**
 * Publishes outbox rows to RabbitMQ. It wakes on the outbox NOTIFY (milliseconds after a commit),
 * on every (re)connection to the broker and on a slow poll that catches anything missed. Each pass
 * claims a batch with FOR UPDATE SKIP LOCKED, publishes every row through a confirm channel and
 * marks a row published only once the broker has confirmed it, all in one transaction: a crash
 * before the commit leaves the rows pending, so a message can be published twice but never lost
 * (the mailer is idempotent on the message id).
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener?: OutboxListener;
  private pollTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private retryAt = Number.POSITIVE_INFINITY;
  private running?: Promise<void>;
  private wakeRequested = false;
  private stopped = true;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly broker: BrokerService,
    private readonly outbox: OutboxRepository,
    private readonly metrics: OutboxMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.outboxRelayEnabled) return;
    this.stopped = false;
    this.broker.start(() => this.wake());
    this.listener = new OutboxListener(this.config.database.url, () => this.wake());
    await this.listener.start();
    this.pollTimer = setInterval(() => this.wake(), this.config.outboxRelay.pollIntervalMs);
  }

  /** Asks for a pass; calls during a pass are folded into one more pass after it. */
  wake(): void {
    if (this.stopped) return;
    this.wakeRequested = true;
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
      if (this.wakeRequested) this.wake();
    });
  }

  private async drain(): Promise<void> {
    while (this.wakeRequested && !this.stopped) {
      this.wakeRequested = false;
      if (!this.broker.isReady()) return;
      try {
        const claimed = await this.relayBatch();
        // A full batch means more may be waiting: go round again at once.
        if (claimed === this.config.outboxRelay.batchSize) this.wakeRequested = true;
      } catch (error) {
        this.logger.error(`Outbox relay pass failed: ${(error as Error).message}`);
        return;
      }
    }
  }

  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimDue(manager, this.config.outboxRelay.batchSize);
      const results = await Promise.allSettled(rows.map((row) => this.publish(row)));
      const published: string[] = [];
      for (const [index, result] of results.entries()) {
        const row = rows[index];
        if (result.status === 'fulfilled') {
          published.push(row.id);
          this.metrics.published(row.routingKey, new Date(row.payload.occurredAt));
        } else {
          const message = (result.reason as Error)?.message ?? String(result.reason);
          this.metrics.failed(row.routingKey);
          this.logger.warn(`Outbox message ${row.id} not published (attempt ${row.attempts + 1}): ${message}`);
          // While the broker is away every row fails alike: retry as soon as it is back.
          const delay = this.broker.isReady() ? retryDelayMs(row.attempts) : 0;
          await this.outbox.markFailed(manager, row.id, message, delay);
          if (delay > 0) this.wakeAfter(delay);
        }
      }
      await this.outbox.markPublished(manager, published);
      return rows.length;
    });
  }

  /** Makes sure a pass runs when a backed-off row is due, whatever the poll interval. */
  private wakeAfter(delayMs: number): void {
    const at = Date.now() + delayMs;
    if (at >= this.retryAt) return;
    clearTimeout(this.retryTimer);
    this.retryAt = at;
    this.retryTimer = setTimeout(() => {
      this.retryAt = Number.POSITIVE_INFINITY;
      this.wake();
    }, delayMs + 10);
  }

  private publish(row: PendingOutboxRow): Promise<void> {
    return this.broker.publish({
      exchange: EXCHANGE_NAME,
      routingKey: row.routingKey,
      content: Buffer.from(JSON.stringify(row.payload)),
      messageId: row.id,
      correlationId: row.payload.correlationId,
      type: row.payload.type,
      timestamp: new Date(row.payload.occurredAt),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.retryTimer);
    await this.listener?.stop();
    await this.running;
  }
}
