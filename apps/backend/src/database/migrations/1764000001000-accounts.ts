import { MigrationInterface, QueryRunner } from 'typeorm';

/** Email tokens, refresh sessions and the indexes behind the user directory. */
export class Accounts1764000001000 implements MigrationInterface {
  name = 'Accounts1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE email_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify', 'reset')),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX email_tokens_token_hash_key ON email_tokens (token_hash)`,
    );
    // Issuing a token discards the user's older unused ones of the same purpose; also serves the cascade.
    await queryRunner.query(
      `CREATE INDEX email_tokens_user_purpose_idx ON email_tokens (user_id, purpose)`,
    );

    await queryRunner.query(`
      CREATE TABLE refresh_sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        replaced_by uuid REFERENCES refresh_sessions (id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX refresh_sessions_token_hash_key ON refresh_sessions (token_hash)`,
    );
    await queryRunner.query(
      `CREATE INDEX refresh_sessions_family_idx ON refresh_sessions (family_id)`,
    );
    await queryRunner.query(`CREATE INDEX refresh_sessions_user_idx ON refresh_sessions (user_id)`);
    await queryRunner.query(
      `CREATE INDEX refresh_sessions_replaced_by_idx ON refresh_sessions (replaced_by)`,
    );

    // The directory lists verified users only: by name, and searched by a substring of the name.
    await queryRunner.query(`
      CREATE INDEX users_directory_order_idx ON users (last_name, first_name, id)
      WHERE email_verified_at IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX users_directory_name_trgm_idx ON users
      USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops)
      WHERE email_verified_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX users_directory_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX users_directory_order_idx`);
    await queryRunner.query(`DROP TABLE refresh_sessions`);
    await queryRunner.query(`DROP TABLE email_tokens`);
  }
}
