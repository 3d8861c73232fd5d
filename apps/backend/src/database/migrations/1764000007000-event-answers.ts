import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members' answers to events, and the per-recipient links of invitation mails that record them.
 * Both reference the membership itself: when someone leaves, their answers stop counting and
 * their links stop working in the same statement that removes them.
 */
export class EventAnswers1764000007000 implements MigrationInterface {
  name = 'EventAnswers1764000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_answers (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        association_id uuid NOT NULL,
        user_id uuid NOT NULL,
        answer text NOT NULL CHECK (answer IN ('accepted', 'tentative', 'declined')),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, user_id),
        FOREIGN KEY (association_id, user_id)
          REFERENCES memberships (association_id, user_id) ON DELETE CASCADE
      )`);
    // Removing a membership cascades here; without this index each removal scans the table.
    await queryRunner.query(
      `CREATE INDEX event_answers_membership_idx ON event_answers (association_id, user_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE event_rsvp_tokens (
        token_hash text PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        association_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (association_id, user_id)
          REFERENCES memberships (association_id, user_id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX event_rsvp_tokens_membership_idx ON event_rsvp_tokens (association_id, user_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX event_rsvp_tokens_event_idx ON event_rsvp_tokens (event_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_rsvp_tokens`);
    await queryRunner.query(`DROP TABLE event_answers`);
  }
}
