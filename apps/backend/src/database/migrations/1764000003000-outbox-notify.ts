import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay the moment a transaction that wrote outbox rows commits (NOTIFY is
 * delivered on commit, once per channel and transaction), and lets it back off a row that failed
 * to publish without holding up the others.
 */
export class OutboxNotify1764000003000 implements MigrationInterface {
  name = 'OutboxNotify1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz`);
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_pending', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_notify ON outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN next_attempt_at`);
  }
}
