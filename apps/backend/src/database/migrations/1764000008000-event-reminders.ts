import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before events. Each person picks lead times (minutes: 60 and/or 1440; none is an
 * empty array). The schedule holds one row per event, member, lead time and event start: moving
 * an event schedules new rows, while the ones already sent for the old start stay as the record
 * that they went. A row leaves with its event (cascade) and with the membership (the composite
 * key), so a member who leaves is never reminded.
 */
export class EventReminders1764000008000 implements MigrationInterface {
  name = 'EventReminders1764000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN reminder_minutes_before integer[] NOT NULL DEFAULT '{1440}'
          CONSTRAINT users_reminder_minutes_before_check
          CHECK (reminder_minutes_before <@ ARRAY[60, 1440])`);
    await queryRunner.query(`
      CREATE TABLE event_reminders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        association_id uuid NOT NULL,
        user_id uuid NOT NULL,
        minutes_before integer NOT NULL CHECK (minutes_before > 0),
        starts_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        done_at timestamptz,
        outcome text CHECK (outcome IN ('sent', 'late')),
        CHECK ((done_at IS NULL) = (outcome IS NULL)),
        FOREIGN KEY (association_id, user_id)
          REFERENCES memberships (association_id, user_id) ON DELETE CASCADE,
        CONSTRAINT event_reminders_once_key UNIQUE (event_id, user_id, minutes_before, starts_at)
      )`);
    // The poller's claim: pending rows by due time, nothing else in the index.
    await queryRunner.query(
      `CREATE INDEX event_reminders_due_idx ON event_reminders (due_at) WHERE done_at IS NULL`,
    );
    // Rescheduling after a change of someone's preferences, and the membership cascade.
    await queryRunner.query(
      `CREATE INDEX event_reminders_member_idx ON event_reminders (user_id, association_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE event_reminders`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN reminder_minutes_before`);
  }
}
