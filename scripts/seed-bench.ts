/**
 * Fills the database of DATABASE_URL with benchmark data: 100 000 users, 10 000 associations of
 * 25 members, 100 000 events and 20 000 minutes. Everything is written with `INSERT … SELECT
 * generate_series`, one statement per table, so it takes seconds rather than hours.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/agora_bench npm run seed:bench
 *
 * Ids are derived from the row number (the md5 of `bench-user-42`, shaped as a version-4 UUID), so the data is the same on
 * every run and a benchmark can name a user or an association without looking it up. A second
 * run replaces the previous bench rows and leaves every other row alone. Every bench user is
 * verified and signs in with the password printed at the end.
 */
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { HASH_OPTIONS } from '../apps/backend/src/auth/password-hasher';
import { AppConfig } from '../apps/backend/src/config/app-config';
import { typeOrmOptions } from '../apps/backend/src/database/typeorm-options';

export const BENCH_PASSWORD = 'bench password for agora';
const USERS = 100_000;
const ASSOCIATIONS = 10_000;
const MEMBERS_PER_ASSOCIATION = 25;
const EVENTS = 100_000;
const MINUTES = 20_000;
const VOTERS_PER_MINUTE = 5;

/** A version-4-shaped UUID derived from a seed, so strict validators (zod, class-validator) accept it. */
const uuidOf = (seed: string) =>
  `overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;
const userId = (n: string) => uuidOf(`'bench-user-' || (${n})`);
const associationId = (n: string) => uuidOf(`'bench-association-' || (${n})`);
/** Member k (0…24) of association a is user ((a-1)·25 + k) mod 100 000 + 1; k = 0 is its admin. */
const memberUser = (a: string, k: string) =>
  userId(`(((${a}) - 1) * ${MEMBERS_PER_ASSOCIATION} + (${k})) % ${USERS} + 1`);

const steps: [string, string, unknown[]?][] = [
  [
    'remove previous bench associations',
    `DELETE FROM associations WHERE name LIKE 'Bench association %'`,
  ],
  ['remove previous bench users', `DELETE FROM users WHERE email LIKE 'bench-user-%@example.org'`],
  [
    `${USERS} users`,
    `INSERT INTO users (id, email, password_hash, first_name, last_name, locale, email_verified_at)
     SELECT ${userId('n')}, 'bench-user-' || n || '@example.org', $1, 'Bench', 'User ' || n,
            CASE WHEN n % 5 = 0 THEN 'fr' ELSE 'en' END, now()
       FROM generate_series(1, ${USERS}) AS n`,
  ],
  [
    `${ASSOCIATIONS} associations`,
    `INSERT INTO associations (id, name, description)
     SELECT ${associationId('a')}, 'Bench association ' || a, 'Association number ' || a || ' of the benchmark data.'
       FROM generate_series(1, ${ASSOCIATIONS}) AS a`,
  ],
  [
    `${ASSOCIATIONS * MEMBERS_PER_ASSOCIATION} memberships`,
    `INSERT INTO memberships (association_id, user_id, role, title, joined_at)
     SELECT ${associationId('a')}, ${memberUser('a', 'k')},
            CASE WHEN k = 0 THEN 'admin' ELSE 'member' END,
            CASE k WHEN 0 THEN 'President' WHEN 1 THEN 'Treasurer' WHEN 2 THEN 'Secretary' END,
            now() - (${MEMBERS_PER_ASSOCIATION} - k) * interval '1 day'
       FROM generate_series(1, ${ASSOCIATIONS}) AS a, generate_series(0, ${MEMBERS_PER_ASSOCIATION - 1}) AS k`,
  ],
  [
    // Spread from a year ago to two years ahead; one in twenty is cancelled.
    `${EVENTS} events`,
    `INSERT INTO events (id, association_id, uid, sequence, status, title, description, location,
                         starts_at, ends_at, time_zone, created_by)
     SELECT ${uuidOf(`'bench-event-' || e`)}, ${associationId(`(e - 1) / ${EVENTS / ASSOCIATIONS} + 1`)},
            ${uuidOf(`'bench-event-' || e`)} || '@agora', e % 3,
            CASE WHEN e % 20 = 0 THEN 'cancelled' ELSE 'scheduled' END,
            'Bench event ' || e, 'What happens at event ' || e || '.', 'Room ' || (e % 50),
            date_trunc('hour', now()) + ((e * 7919) % 26280 - 8760) * interval '1 hour',
            date_trunc('hour', now()) + ((e * 7919) % 26280 - 8760 + 2) * interval '1 hour',
            'Europe/Paris', ${memberUser(`(e - 1) / ${EVENTS / ASSOCIATIONS} + 1`, '0')}
       FROM generate_series(1, ${EVENTS}) AS e`,
  ],
  [
    `${MINUTES} minutes`,
    `INSERT INTO minutes (id, association_id, held_on, content, created_by)
     SELECT ${uuidOf(`'bench-minute-' || i`)}, ${associationId(`(i - 1) / ${MINUTES / ASSOCIATIONS} + 1`)},
            current_date - (i * 37) % 3650, repeat('Minutes of general assembly ' || i || '. ', 40),
            ${memberUser(`(i - 1) / ${MINUTES / ASSOCIATIONS} + 1`, '0')}
       FROM generate_series(1, ${MINUTES}) AS i`,
  ],
  [
    `${MINUTES * VOTERS_PER_MINUTE} minute voters`,
    `INSERT INTO minute_voters (minute_id, user_id)
     SELECT ${uuidOf(`'bench-minute-' || i`)}, ${memberUser(`(i - 1) / ${MINUTES / ASSOCIATIONS} + 1`, 'k')}
       FROM generate_series(1, ${MINUTES}) AS i, generate_series(0, ${VOTERS_PER_MINUTE - 1}) AS k`,
  ],
  [
    'statistics for the planner',
    `ANALYZE users, associations, memberships, events, minutes, minute_voters`,
  ],
];

async function main(): Promise<void> {
  const config = AppConfig.fromEnvironment(process.env);
  const dataSource = new DataSource(typeOrmOptions(config));
  const started = Date.now();
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const passwordHash = await argon2.hash(BENCH_PASSWORD, HASH_OPTIONS);
    for (const [label, sql] of steps) {
      const stepStarted = Date.now();
      await dataSource.query(sql, sql.includes('$1') ? [passwordHash] : []);
      console.log(`${label}: ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
    }
  } finally {
    await dataSource.destroy();
  }
  console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `every bench user (bench-user-1@example.org … bench-user-${USERS}@example.org) signs in with "${BENCH_PASSWORD}"`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
