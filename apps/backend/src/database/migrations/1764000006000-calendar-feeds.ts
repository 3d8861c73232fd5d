import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One private calendar feed per person. The URL's token is derived from the server secret and
 * `salt` (so the profile page can show it again) and only its hash is kept, for the lookup.
 * Rotating draws a new salt.
 */
export class CalendarFeeds1764000006000 implements MigrationInterface {
  name = 'CalendarFeeds1764000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        salt text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feeds`);
  }
}
