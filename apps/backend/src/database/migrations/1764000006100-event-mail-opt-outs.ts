import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The associations whose event mail a person stopped (one-click unsubscribe or preferences).
 * Membership and feed stay; only the mail stops. The primary key serves the recipients query.
 */
export class EventMailOptOuts1764000006100 implements MigrationInterface {
  name = 'EventMailOptOuts1764000006100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_mail_opt_outs (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (association_id, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX event_mail_opt_outs_user_idx ON event_mail_opt_outs (user_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_mail_opt_outs`);
  }
}
