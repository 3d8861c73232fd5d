import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { AmqpConnectionManager, ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { DataSource } from 'typeorm';
import { REPORTS_EXCHANGE } from '@app/contracts';
import { declareReportTopology } from '@app/messaging';

/** Reports published per pass; a pass holds their rows locked until the broker confirms. */
const BATCH_SIZE = 200;
/** The safety net: a pass also runs this often, whatever woke it (a lost wake-up, a failed publish). */
const POLL_MS = 1_000;
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Publishes the rows of `mailer.reports` to the reports exchange with publisher confirms, and
 * deletes each once confirmed. Woken after every message the mailer settles, on every reconnect,
 * and by a poll. Several mailers may relay at once: SKIP LOCKED gives each its own rows. A crash
 * between a confirm and the delete republishes a report: the backend's ledger ignores repeats.
 */
@Injectable()
export class ReportRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(ReportRelay.name);
  private channel?: ChannelWrapper;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  start(connection: AmqpConnectionManager): void {
    this.channel = connection.createChannel({
      name: 'mailer-reports',
      confirm: true,
      publishTimeout: CONFIRM_TIMEOUT_MS,
      setup: (channel: ConfirmChannel) => declareReportTopology(channel),
    });
    this.channel.on('connect', () => this.wake());
    this.channel.on('error', (error: Error) => this.logger.error(`Report channel error: ${error.message}`));
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
  }

  async waitForConnect(): Promise<void> {
    await this.channel?.waitForConnect();
  }

  wake(): void {
    if (this.stopped || !this.channel) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.warn(`Reports not published yet: ${error.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.pass()) === BATCH_SIZE);
  }

  /** Publishes one batch; returns how many rows it took. */
  private async pass(): Promise<number> {
    const channel = this.channel;
    if (!channel) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; routing_key: string; body: { correlationId: string; type: string } }[] =
        await manager.query(
          `SELECT id, routing_key, body FROM mailer.reports ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH_SIZE],
        );
      if (rows.length === 0) return 0;
      const results = await Promise.allSettled(
        rows.map((row) =>
          channel.publish(REPORTS_EXCHANGE, row.routing_key, Buffer.from(JSON.stringify(row.body)), {
            persistent: true,
            contentType: 'application/json',
            messageId: row.id,
            correlationId: row.body.correlationId,
            type: row.routing_key,
            appId: 'agora-mailer',
          }),
        ),
      );
      const confirmed = rows.filter((_, index) => results[index].status === 'fulfilled').map((row) => row.id);
      const failed = rows.filter((_, index) => results[index].status === 'rejected').map((row) => row.id);
      await manager.query(`DELETE FROM mailer.reports WHERE id = ANY($1::uuid[])`, [confirmed]);
      if (failed.length > 0) {
        const error = (results.find((result) => result.status === 'rejected') as PromiseRejectedResult).reason as Error;
        await manager.query(
          `UPDATE mailer.reports SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`,
          [failed, String(error?.message ?? error).slice(0, 1000)],
        );
        // The poll tries them again; looping now would spin while the broker is away.
        return 0;
      }
      return rows.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.channel?.close().catch(() => undefined);
  }
}
