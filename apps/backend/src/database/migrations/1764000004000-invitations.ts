import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership by consent: an admin invites, the person answers. Memberships stay what they were
 * (people who said yes), so every member list, recipient list and access check keeps reading
 * `memberships` alone.
 */
export class Invitations1764000004000 implements MigrationInterface {
  name = 'Invitations1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        association_id uuid NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
        -- Where the invitation was mailed; accepting needs an account verified at this address.
        email text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 320),
        -- Set when the admin picked the person from the directory: they are shown by name, never
        -- by an address the admin was not given.
        invitee_id uuid REFERENCES users (id) ON DELETE SET NULL,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        role text NOT NULL CHECK (role IN ('admin', 'member')),
        title text CHECK (char_length(title) <= 100),
        token_hash text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'accepted', 'declined', 'revoked', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        answered_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash)`,
    );
    // One open invitation per person and association: a second one is a 409, not a second mail.
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitations_pending_key ON invitations (association_id, email) WHERE status = 'pending'`,
    );
    // The admins' pending list and the daily cap read one association's invitations by date.
    await queryRunner.query(
      `CREATE INDEX invitations_association_created_idx ON invitations (association_id, created_at)`,
    );
    // "My invitations" start from the address.
    await queryRunner.query(
      `CREATE INDEX invitations_email_pending_idx ON invitations (email) WHERE status = 'pending'`,
    );
    // Deleting a user sets these to null: without the indexes each deletion scans the table.
    await queryRunner.query(
      `CREATE INDEX invitations_invitee_idx ON invitations (invitee_id) WHERE invitee_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX invitations_invited_by_idx ON invitations (invited_by) WHERE invited_by IS NOT NULL`,
    );

    // "Don't invite me again": kept by address, so it holds whether or not the person has an account.
    await queryRunner.query(`
      CREATE TABLE invitation_blocks (
        association_id uuid NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (association_id, email)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitation_blocks`);
    await queryRunner.query(`DROP TABLE invitations`);
  }
}
