import { MigrationInterface, QueryRunner } from 'typeorm';

/** An index this migration replaces: its name and definition before, and after. */
interface Replaced {
  before: [name: string, definition: string];
  after: [name: string, definition: string];
}

const VERIFIED = `WHERE email_verified_at IS NOT NULL`;

const INDEXES: Replaced[] = [
  {
    before: ['associations_name_trgm_idx', `ON associations USING gin (name gin_trgm_ops)`],
    after: [
      'associations_name_search_idx',
      `ON associations USING gin (search_text(name) gin_trgm_ops)`,
    ],
  },
  {
    before: ['associations_name_id_idx', `ON associations (name, id) INCLUDE (created_at)`],
    after: [
      'associations_name_id_idx',
      `ON associations (name COLLATE "und-x-icu", id) INCLUDE (created_at)`,
    ],
  },
  {
    before: [
      'users_directory_name_trgm_idx',
      `ON users USING gin (lower(first_name || ' ' || last_name) gin_trgm_ops) ${VERIFIED}`,
    ],
    after: [
      'users_directory_name_search_idx',
      `ON users USING gin (search_text(first_name || ' ' || last_name) gin_trgm_ops) ${VERIFIED}`,
    ],
  },
  {
    before: ['users_directory_order_idx', `ON users (last_name, first_name, id) ${VERIFIED}`],
    after: [
      'users_directory_order_idx',
      `ON users (last_name COLLATE "und-x-icu", first_name COLLATE "und-x-icu", id) ${VERIFIED}`,
    ],
  },
];

const STATISTICS: [name: string, table: string, expression: string][] = [
  ['users_name_search_stats', 'users', `search_text(first_name || ' ' || last_name)`],
  ['associations_name_search_stats', 'associations', `search_text(name)`],
];

/**
 * Searches that ignore accents and case ("ines" finds Inès, "echecs" finds Échecs junior) and lists
 * sorted the way people read them (Émile among the E, not after Z). The database's own collation
 * may be C, which sorts by code point, so the lists name the ICU root collation themselves and the
 * order indexes are built with it.
 */
export class AccentInsensitiveSearch1764000008200 implements MigrationInterface {
  name = 'AccentInsensitiveSearch1764000008200';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A trusted extension: the database owner creates it without being a superuser.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could be swapped), which an index expression refuses.
    // The dictionary is named, and the body bound at creation (a SQL-standard body), so the result
    // depends on the argument alone; should the rules file change, REINDEX the search indexes.
    await queryRunner.query(`
      CREATE FUNCTION search_text(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, value))`);
    for (const { before, after } of INDEXES) {
      await queryRunner.query(`DROP INDEX ${before[0]}`);
      await queryRunner.query(`CREATE INDEX ${after[0]} ${after[1]}`);
    }
    // Without statistics on the searched expressions the planner guesses that a search matches
    // 0.8 % of the rows, walks the order index hoping to fill a page early, and for a rare name
    // ("ines" among 100 000 users) reads every row: 425 ms, against 1 ms through the trigram index.
    for (const [name, table, expression] of STATISTICS)
      await queryRunner.query(`CREATE STATISTICS ${name} ON (${expression}) FROM ${table}`);
    await queryRunner.query(`ANALYZE users, associations`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of STATISTICS) await queryRunner.query(`DROP STATISTICS ${name}`);
    for (const { before, after } of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX ${after[0]}`);
      await queryRunner.query(`CREATE INDEX ${before[0]} ${before[1]}`);
    }
    await queryRunner.query(`DROP FUNCTION search_text(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
