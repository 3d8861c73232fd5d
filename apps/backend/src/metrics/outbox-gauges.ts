import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Gauge, register } from 'prom-client';

export const OUTBOX_PENDING_METRIC = 'agora_outbox_pending_messages';
export const OUTBOX_OLDEST_AGE_METRIC = 'agora_outbox_oldest_pending_age_seconds';

export interface OutboxBacklog {
  pending: number;
  oldestAgeSeconds: number;
}

/**
 * Rows not yet published: both numbers come from the partial index `outbox_pending_idx`
 * (created_at WHERE published_at IS NULL), so the query stays cheap however large the table
 * grows, as long as the relay keeps up.
 */
export const OUTBOX_BACKLOG_SQL = `
  SELECT count(*)::int AS pending,
         COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest_age_seconds
    FROM outbox
   WHERE published_at IS NULL`;

/**
 * Gauges of the outbox backlog, read from PostgreSQL when Prometheus scrapes (not on a timer), so
 * each scrape sees the current state and an idle backend does no work.
 */
@Injectable()
export class OutboxGauges {
  private readonly logger = new Logger(OutboxGauges.name);
  private inFlight?: Promise<OutboxBacklog | undefined>;

  constructor(private readonly dataSource: DataSource) {
    // Both gauges are collected in parallel on each scrape; they share one query.
    const read = () =>
      (this.inFlight ??= this.readBacklog().finally(() => (this.inFlight = undefined)));
    replaceGauge(
      OUTBOX_PENDING_METRIC,
      'Outbox rows not yet published to RabbitMQ',
      async (gauge) => {
        const backlog = await read();
        if (backlog) gauge.set(backlog.pending);
      },
    );
    replaceGauge(
      OUTBOX_OLDEST_AGE_METRIC,
      'Age of the oldest outbox row not yet published (0 when none is pending)',
      async (gauge) => {
        const backlog = await read();
        if (backlog) gauge.set(backlog.oldestAgeSeconds);
      },
    );
  }

  async readBacklog(): Promise<OutboxBacklog | undefined> {
    try {
      const [row] =
        await this.dataSource.query<{ pending: number; oldest_age_seconds: number }[]>(
          OUTBOX_BACKLOG_SQL,
        );
      return { pending: row.pending, oldestAgeSeconds: row.oldest_age_seconds };
    } catch (error) {
      // A scrape must still answer when the database does not: the gauges keep their last value
      // and the failure shows in the readiness check and the logs.
      this.logger.warn(`Could not read the outbox backlog: ${(error as Error).message}`);
      return undefined;
    }
  }
}

/**
 * prom-client keeps metrics in a process-wide registry; a second application in the same process
 * (tests) must not collect through the first one's closed database connection.
 */
function replaceGauge(name: string, help: string, collect: (gauge: Gauge) => Promise<void>): void {
  register.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    registers: [register],
    async collect() {
      await collect(this);
    },
  });
}
