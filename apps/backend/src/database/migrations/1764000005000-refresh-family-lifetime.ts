import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every refresh session carries when its family (the login) began, so the absolute lifetime can be
 * checked on the presented row alone and survives the purge of the family's older rows.
 */
export class RefreshFamilyLifetime1764000005000 implements MigrationInterface {
  name = 'RefreshFamilyLifetime1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE refresh_sessions ADD COLUMN family_created_at timestamptz DEFAULT now()`,
    );
    await queryRunner.query(`
      UPDATE refresh_sessions s
         SET family_created_at = f.started
        FROM (SELECT family_id, min(created_at) AS started
                FROM refresh_sessions GROUP BY family_id) f
       WHERE f.family_id = s.family_id`);
    await queryRunner.query(
      `ALTER TABLE refresh_sessions ALTER COLUMN family_created_at SET NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE refresh_sessions DROP COLUMN family_created_at`);
  }
}
