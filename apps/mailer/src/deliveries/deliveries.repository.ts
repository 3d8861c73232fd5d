import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AnyReportEnvelope } from '@app/contracts';

/**
 * The mailer's idempotency records: one row per (message id, recipient address). A change of a
 * record and the report of that outcome (mailer.reports) are written by one statement, so neither
 * exists without the other.
 */
@Injectable()
export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records every recipient of a message (once, whatever the redeliveries) and returns those not
   * yet sent nor rejected.
   */
  async pendingRecipients(messageId: string, messageType: string, recipients: string[]): Promise<Set<string>> {
    await this.dataSource.query(
      `INSERT INTO mailer.deliveries (message_id, recipient, message_type)
       SELECT $1, unnest($2::text[]), $3
       ON CONFLICT DO NOTHING`,
      [messageId, recipients, messageType],
    );
    const rows: { recipient: string }[] = await this.dataSource.query(
      `SELECT recipient FROM mailer.deliveries WHERE message_id = $1 AND status = 'pending'`,
      [messageId],
    );
    return new Set(rows.map((row) => row.recipient));
  }

  async markSent(messageId: string, recipient: string, report?: AnyReportEnvelope): Promise<void> {
    await this.updateAndReport(
      `UPDATE mailer.deliveries
          SET status = 'sent', sent_at = now(), updated_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient],
      report,
    );
  }

  /** The server refused this address for good: it is not retried. */
  async markRejected(messageId: string, recipient: string, error: string, report?: AnyReportEnvelope): Promise<void> {
    await this.updateAndReport(
      `UPDATE mailer.deliveries
          SET status = 'rejected', updated_at = now(), attempts = attempts + 1, last_error = $3
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient, error.slice(0, 2000)],
      report,
    );
  }

  async markFailed(messageId: string, recipient: string, error: string, report?: AnyReportEnvelope): Promise<void> {
    await this.updateAndReport(
      `UPDATE mailer.deliveries
          SET updated_at = now(), attempts = attempts + 1, last_error = $3
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient, error.slice(0, 2000)],
      report,
    );
  }

  /** The recipients of a message that were never mailed: those a dead letter gives up on. */
  async unsentRecipients(messageId: string): Promise<{ recipient: string; lastError: string | null }[]> {
    return this.dataSource.query(
      `SELECT recipient, last_error AS "lastError" FROM mailer.deliveries WHERE message_id = $1 AND status = 'pending'`,
      [messageId],
    );
  }

  async insertReports(reports: AnyReportEnvelope[]): Promise<void> {
    if (reports.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO mailer.reports (id, routing_key, body)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) ON CONFLICT DO NOTHING`,
      [reports.map((r) => r.id), reports.map((r) => r.type), reports.map((r) => JSON.stringify(r))],
    );
  }

  /** One statement: the record changes and its report is queued, or neither. */
  private async updateAndReport(update: string, params: unknown[], report?: AnyReportEnvelope): Promise<void> {
    if (!report) {
      await this.dataSource.query(update, params);
      return;
    }
    const n = params.length;
    await this.dataSource.query(
      `WITH changed AS (${update} RETURNING 1)
       INSERT INTO mailer.reports (id, routing_key, body)
       SELECT $${n + 1}, $${n + 2}, $${n + 3}::jsonb FROM changed`,
      [...params, report.id, report.type, JSON.stringify(report)],
    );
  }
}
