import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1764000101000 implements MigrationInterface {
  name = 'Reports1764000101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The mailer's own outbox of outcome reports: written in the same statement as the delivery
    // record they report, removed once the broker has confirmed them. A broker outage delays
    // reports, never loses them.
    await queryRunner.query(`
      CREATE TABLE mailer.reports (
        id uuid PRIMARY KEY,
        routing_key text NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await queryRunner.query(`CREATE INDEX reports_created_idx ON mailer.reports (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mailer.reports`);
  }
}
