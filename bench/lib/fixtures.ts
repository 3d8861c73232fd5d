import { Pool } from 'pg';

export interface Viewer {
  userId: string;
  email: string;
  accessToken: string;
}

/** What the scenarios need, read from the database the backend serves (never invented). */
export interface BenchFixtures {
  counts: { users: number; associations: number; memberships: number; events: number };
  associationIds: string[];
  associationPageCount: number;
  associationTerms: string[];
  userTerms: string[];
  /** Signed-in members of associations that have upcoming events (for /api/me/events). */
  viewers: Viewer[];
  /** Verified accounts that share the bench password, for the log-in scenario. */
  loginEmails: string[];
  /** An admin of an association, signed in, for the outbox-lag measurement. */
  organizer?: Viewer & { associationId: string };
}

export const PAGE_SIZE = 20;

/**
 * What people type to find one thing: the last word of a name ("Bench association 4711" → "4711",
 * "Anne Dubois" → "dubois"), or the first three letters of the name when that word is too short.
 * A term shared by every row ("ben") would measure a pathological search, not a typical one.
 */
export function termsFrom(texts: string[], limit = 50): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const last = words[words.length - 1] ?? '';
    const term = last.length >= 3 ? last : (words[0] ?? '').slice(0, 3);
    if (term.length >= 3) terms.add(term);
  }
  return [...terms].slice(0, limit);
}

export async function logIn(origin: string, email: string, password: string): Promise<{ accessToken: string; userId: string }> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`log in as ${email} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  const body = JSON.parse(text) as { accessToken: string; user: { id: string } };
  return { accessToken: body.accessToken, userId: body.user.id };
}

export async function discoverFixtures(
  pool: Pool,
  origin: string,
  password: string,
  sizes: { viewers: number; loginEmails: number },
): Promise<BenchFixtures> {
  const count = async (table: string) =>
    Number((await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
  const counts = {
    users: await count('users'),
    associations: await count('associations'),
    memberships: await count('memberships'),
    events: await count('events'),
  };
  if (counts.associations === 0) throw new Error('the database has no associations: seed it first (npm run seed:bench)');

  const associations = await pool.query<{ id: string; name: string }>(
    `SELECT a.id, a.name FROM associations a
      WHERE EXISTS (SELECT 1 FROM memberships m WHERE m.association_id = a.id)
      ORDER BY random() LIMIT 200`,
  );
  const lastNames = await pool.query<{ last_name: string }>(
    `SELECT last_name FROM users WHERE email_verified_at IS NOT NULL ORDER BY random() LIMIT 200`,
  );
  const viewerRows = await pool.query<{ user_id: string; email: string }>(
    `SELECT u.id AS user_id, u.email
       FROM users u
      WHERE u.email_verified_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM memberships m JOIN events e ON e.association_id = m.association_id
                     WHERE m.user_id = u.id AND e.starts_at > now() AND e.status = 'scheduled')
      LIMIT $1`,
    [sizes.viewers],
  );
  const loginRows = await pool.query<{ email: string }>(
    `SELECT email FROM users WHERE email_verified_at IS NOT NULL ORDER BY random() LIMIT $1`,
    [sizes.loginEmails],
  );
  const organizerRow = await pool.query<{ user_id: string; email: string; association_id: string }>(
    `SELECT m.user_id, u.email, m.association_id
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.role = 'admin' AND u.email_verified_at IS NOT NULL
      LIMIT 1`,
  );

  const viewers: Viewer[] = [];
  for (const row of viewerRows.rows) {
    const { accessToken } = await logIn(origin, row.email, password);
    viewers.push({ userId: row.user_id, email: row.email, accessToken });
  }
  if (viewers.length === 0) throw new Error('no verified member of an association with upcoming events was found');

  let organizer: BenchFixtures['organizer'];
  const admin = organizerRow.rows[0];
  if (admin) {
    const { accessToken } = await logIn(origin, admin.email, password);
    organizer = { userId: admin.user_id, email: admin.email, accessToken, associationId: admin.association_id };
  }

  return {
    counts,
    associationIds: associations.rows.map((row) => row.id),
    associationPageCount: Math.max(1, Math.ceil(counts.associations / PAGE_SIZE)),
    associationTerms: termsFrom(associations.rows.map((row) => row.name)),
    userTerms: termsFrom(lastNames.rows.map((row) => row.last_name)),
    viewers,
    loginEmails: loginRows.rows.map((row) => row.email),
    organizer,
  };
}
