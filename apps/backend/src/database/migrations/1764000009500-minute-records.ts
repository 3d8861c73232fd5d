import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Minutes become records people can tell apart: a title and the kind of meeting. Deleting sets
 * `deleted_at` first, so an admin can undo within a short window; a purge removes them for good.
 * The list index now skips deleted rows.
 */
export class MinuteRecords1764000009500 implements MigrationInterface {
  name = 'MinuteRecords1764000009500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE minutes
        ADD COLUMN title text CHECK (char_length(title) BETWEEN 1 AND 200),
        ADD COLUMN kind text NOT NULL DEFAULT 'general-assembly'
          CHECK (kind IN ('general-assembly', 'board')),
        ADD COLUMN deleted_at timestamptz`);
    await queryRunner.query(`DROP INDEX minutes_association_held_on_idx`);
    await queryRunner.query(
      `CREATE INDEX minutes_association_held_on_idx ON minutes (association_id, held_on DESC, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX minutes_deleted_at_idx ON minutes (deleted_at) WHERE deleted_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM minutes WHERE deleted_at IS NOT NULL`);
    await queryRunner.query(`DROP INDEX minutes_deleted_at_idx`);
    await queryRunner.query(`DROP INDEX minutes_association_held_on_idx`);
    await queryRunner.query(
      `CREATE INDEX minutes_association_held_on_idx ON minutes (association_id, held_on DESC, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `ALTER TABLE minutes DROP COLUMN title, DROP COLUMN kind, DROP COLUMN deleted_at`,
    );
  }
}
