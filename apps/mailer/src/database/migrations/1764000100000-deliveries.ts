import { MigrationInterface, QueryRunner } from 'typeorm';

export class Deliveries1764000100000 implements MigrationInterface {
  name = 'Deliveries1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per (message, recipient): the idempotency record that stops a redelivered message
    // from mailing anyone twice.
    await queryRunner.query(`
      CREATE TABLE mailer.deliveries (
        message_id uuid NOT NULL,
        recipient text NOT NULL,
        message_type text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'rejected')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (message_id, recipient)
      )`);
    // Operators look for what is stuck or failing, newest first.
    await queryRunner.query(
      `CREATE INDEX deliveries_unsent_idx ON mailer.deliveries (updated_at) WHERE status <> 'sent'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mailer.deliveries`);
  }
}
