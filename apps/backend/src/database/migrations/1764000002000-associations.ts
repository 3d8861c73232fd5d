import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Associations, memberships, minutes and events. Every index below serves one list or lookup
 * of the API (see docs/associations.md), so each of them is an index scan.
 */
export class Associations1764000002000 implements MigrationInterface {
  name = 'Associations1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE associations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 5000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Names are unique whatever their case: two "Chess Club"s would confuse everyone.
    await queryRunner.query(
      `CREATE UNIQUE INDEX associations_name_key ON associations (lower(name))`,
    );
    // The directory is sorted by name; the id breaks ties so pages are stable. With created_at
    // included, a directory page is read from the index alone.
    await queryRunner.query(
      `CREATE INDEX associations_name_id_idx ON associations (name, id) INCLUDE (created_at)`,
    );
    // `?q=` is a substring search (ILIKE '%q%'), which only a trigram index can serve.
    await queryRunner.query(
      `CREATE INDEX associations_name_trgm_idx ON associations USING gin (name gin_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE TABLE memberships (
        association_id uuid NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        title text CHECK (char_length(title) <= 100),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (association_id, user_id)
      )`);
    // Member lists are in order of joining.
    await queryRunner.query(
      `CREATE INDEX memberships_association_joined_idx ON memberships (association_id, joined_at, user_id)`,
    );
    // "My associations" and /api/me/events start from the user.
    await queryRunner.query(
      `CREATE INDEX memberships_user_idx ON memberships (user_id, association_id)`,
    );
    // The last-admin rule counts admins of one association.
    await queryRunner.query(
      `CREATE INDEX memberships_admins_idx ON memberships (association_id) WHERE role = 'admin'`,
    );

    await queryRunner.query(`
      CREATE TABLE minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        content text NOT NULL CHECK (octet_length(content) <= 102400),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Deleting a user sets created_by to null: without these indexes each deletion scans the table.
    await queryRunner.query(
      `CREATE INDEX minutes_created_by_idx ON minutes (created_by) WHERE created_by IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX minutes_association_held_on_idx ON minutes (association_id, held_on DESC, created_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE minute_voters (
        minute_id uuid NOT NULL REFERENCES minutes (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (minute_id, user_id)
      )`);
    // Deleting a user cascades here; without this index it would scan every voter.
    await queryRunner.query(`CREATE INDEX minute_voters_user_idx ON minute_voters (user_id)`);

    await queryRunner.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
        uid text NOT NULL,
        sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 10000),
        location text CHECK (char_length(location) <= 300),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL CHECK (char_length(time_zone) <= 100),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX events_uid_key ON events (uid)`);
    await queryRunner.query(
      `CREATE INDEX events_created_by_idx ON events (created_by) WHERE created_by IS NOT NULL`,
    );
    // Association calendars and /api/me/events read one association's events by start time.
    await queryRunner.query(
      `CREATE INDEX events_association_starts_idx ON events (association_id, starts_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE events`);
    await queryRunner.query(`DROP TABLE minute_voters`);
    await queryRunner.query(`DROP TABLE minutes`);
    await queryRunner.query(`DROP TABLE memberships`);
    await queryRunner.query(`DROP TABLE associations`);
  }
}
