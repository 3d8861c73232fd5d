import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery ledger: per event and recipient, the latest known fate of the mail about it.
 * `queued` when the backend writes the message, then what the mailer reports back. A row belongs
 * to the membership: someone who leaves drops out of the ledger with it.
 */
export class EventDeliveries1764000008500 implements MigrationInterface {
  name = 'EventDeliveries1764000008500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_deliveries (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        association_id uuid NOT NULL,
        user_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'dead')),
        sequence integer NOT NULL,
        template text NOT NULL,
        -- When the status became true: the outbox write, or the outcome's occurredAt.
        status_at timestamptz NOT NULL,
        reason text,
        -- The message the row follows. A report about another (older) message, or about this one
        -- but not newer than reported_at (the last report applied), changes nothing; reports are
        -- only compared with reports, so the two services' clocks never meet.
        source_message_id uuid NOT NULL,
        reported_at timestamptz,
        smtp_message_id text,
        PRIMARY KEY (event_id, user_id),
        FOREIGN KEY (association_id, user_id)
          REFERENCES memberships (association_id, user_id) ON DELETE CASCADE
      )`);
    // Removing a membership cascades here; without this index each removal scans the table.
    await queryRunner.query(
      `CREATE INDEX event_deliveries_membership_idx ON event_deliveries (association_id, user_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_deliveries`);
  }
}
