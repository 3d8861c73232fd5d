import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The mailer's idempotency records: one row per (message id, recipient address). */
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

  async markSent(messageId: string, recipient: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mailer.deliveries
          SET status = 'sent', sent_at = now(), updated_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient],
    );
  }

  /** The server refused this address for good: it is not retried. */
  async markRejected(messageId: string, recipient: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mailer.deliveries
          SET status = 'rejected', updated_at = now(), attempts = attempts + 1, last_error = $3
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient, error.slice(0, 2000)],
    );
  }

  async markFailed(messageId: string, recipient: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mailer.deliveries
          SET updated_at = now(), attempts = attempts + 1, last_error = $3
        WHERE message_id = $1 AND recipient = $2`,
      [messageId, recipient, error.slice(0, 2000)],
    );
  }
}
