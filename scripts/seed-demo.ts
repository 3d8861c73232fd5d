/**
 * `npm run seed:demo`: a demo admin, a few members, associations with minutes and upcoming events,
 * created through the public HTTP API like a person would (register, open the mail, verify, log
 * in; the admin invites each member, who accepts), so every rule and every mail is the real one.
 * Running it again changes nothing.
 *
 *   SEED_BASE_URL  the app behind nginx      (default http://127.0.0.1:${HTTP_PORT:-8080})
 *   SEED_MAIL_URL  the mail catcher's UI/API (default http://127.0.0.1:1080; compose: http://localhost/mail,
 *                  with the MAIL_UI_USER / MAIL_UI_PASSWORD login nginx asks for there)
 *   SEED_PASSWORD  every demo account's password
 */
import { loadEnvironment } from './stack/stack-config';

const env = loadEnvironment();
const BASE_URL = (env.SEED_BASE_URL || `http://127.0.0.1:${env.HTTP_PORT || 8080}`).replace(
  /\/+$/,
  '',
);
const MAIL_URL = (env.SEED_MAIL_URL || `http://127.0.0.1:${env.MAILDEV_WEB_PORT || 1080}`).replace(
  /\/+$/,
  '',
);
const PASSWORD = env.SEED_PASSWORD || 'Agora-demo-2026!';
const MAIL_HEADERS: Record<string, string> = env.MAIL_UI_PASSWORD
  ? {
      authorization: `Basic ${Buffer.from(`${env.MAIL_UI_USER || 'agora'}:${env.MAIL_UI_PASSWORD}`).toString('base64')}`,
    }
  : {};

class SeedError extends Error {}

interface Person {
  email: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  locale?: 'en' | 'fr';
}

interface SignedIn {
  person: Person;
  id: string;
  token: string;
}

const ADMIN: Person = {
  email: 'demo.admin@agora.example',
  firstName: 'Ada',
  lastName: 'Admin',
  birthDate: '1985-04-12',
};
const MEMBERS: Person[] = [
  {
    email: 'claire.martin@agora.example',
    firstName: 'Claire',
    lastName: 'Martin',
    birthDate: '1990-09-03',
  },
  {
    email: 'tom.nguyen@agora.example',
    firstName: 'Tom',
    lastName: 'Nguyen',
    birthDate: '1978-01-21',
  },
  {
    email: 'ines.moreau@agora.example',
    firstName: 'Inès',
    lastName: 'Moreau',
    birthDate: '2001-06-30',
  },
  {
    email: 'samuel.okafor@agora.example',
    firstName: 'Samuel',
    lastName: 'Okafor',
    birthDate: '1969-11-15',
  },
];

interface AssociationPlan {
  name: string;
  description: string;
  members: { person: Person; role: 'admin' | 'member'; title: string | null }[];
  minutes: { daysAgo: number; content: string }[];
  events: {
    inDays: number;
    hour: number;
    hours: number;
    title: string;
    location: string;
    description: string;
  }[];
}

const PLANS: AssociationPlan[] = [
  {
    name: 'Lyon Chess Club',
    description: 'Weekly games, a winter tournament and lessons for beginners.',
    members: [
      { person: MEMBERS[0], role: 'admin', title: 'Treasurer' },
      { person: MEMBERS[1], role: 'member', title: null },
      { person: MEMBERS[2], role: 'member', title: 'Secretary' },
    ],
    minutes: [
      {
        daysAgo: 40,
        content: 'Annual general assembly. Accounts approved; membership fee unchanged at 30 €.',
      },
      {
        daysAgo: 10,
        content: 'Board meeting. The winter tournament will be held in the town hall.',
      },
    ],
    events: [
      {
        inDays: 3,
        hour: 19,
        hours: 3,
        title: 'Club night',
        location: 'Café des Arts, Lyon',
        description: 'Casual games; boards provided.',
      },
      {
        inDays: 17,
        hour: 10,
        hours: 8,
        title: 'Winter tournament',
        location: 'Town hall, Lyon',
        description: 'Five rounds, swiss system.',
      },
    ],
  },
  {
    name: 'Riverside Community Garden',
    description: 'Shared plots by the river, seed swaps and compost workshops.',
    members: [
      { person: MEMBERS[3], role: 'member', title: 'Head gardener' },
      { person: MEMBERS[0], role: 'member', title: null },
    ],
    minutes: [
      { daysAgo: 25, content: 'Plot allocation for the season; two new plots for the school.' },
    ],
    events: [
      {
        inDays: 6,
        hour: 9,
        hours: 3,
        title: 'Compost workshop',
        location: 'Garden shed',
        description: 'Bring gloves.',
      },
    ],
  },
  {
    name: 'Open Source Meetup',
    description: 'Monthly talks and hack evenings.',
    members: [
      { person: MEMBERS[1], role: 'member', title: 'Speaker coordinator' },
      { person: MEMBERS[2], role: 'member', title: null },
      { person: MEMBERS[3], role: 'member', title: null },
    ],
    minutes: [],
    events: [
      {
        inDays: 12,
        hour: 18,
        hours: 2,
        title: 'Talks: calendars and time zones',
        location: 'Library, room 2',
        description: 'Two talks and drinks.',
      },
    ],
  },
];

async function api<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new SeedError(
      `nothing answers at ${BASE_URL}: start Agora first (npm run stack:up, or docker compose --profile demo up)`,
    );
  }
  const text = await response.text();
  return {
    status: response.status,
    body: (text && /json/.test(response.headers.get('content-type') ?? '')
      ? JSON.parse(text)
      : text) as T,
  };
}

function expectStatus(
  what: string,
  result: { status: number; body: unknown },
  ...accepted: number[]
): void {
  if (!accepted.includes(result.status)) {
    throw new SeedError(
      `${what}: HTTP ${result.status} ${typeof result.body === 'string' ? result.body : JSON.stringify(result.body)}`,
    );
  }
}

interface CaughtMail {
  to: { address: string }[];
  html?: string;
  text?: string;
  time: string;
}

/** maildev 3 serves its REST API under /api/email, maildev 2 (the compose image) under /email. */
async function mailsTo(address: string): Promise<CaughtMail[]> {
  for (const path of ['/api/email', '/email']) {
    const response = await fetch(`${MAIL_URL}${path}`, { headers: MAIL_HEADERS }).catch(() => null);
    if (response?.ok && /json/.test(response.headers.get('content-type') ?? '')) {
      const mails = (await response.json()) as CaughtMail[];
      return mails.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address));
    }
  }
  throw new SeedError(`the mail catcher does not answer at ${MAIL_URL} (set SEED_MAIL_URL)`);
}

async function verificationToken(address: string): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const mails = await mailsTo(address);
    for (const mail of mails.reverse()) {
      const match = /verify\?token=([A-Za-z0-9_.~%-]+)/.exec(
        `${mail.text ?? ''} ${mail.html ?? ''}`,
      );
      if (match) return decodeURIComponent(match[1]);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new SeedError(
    `no verification mail reached ${address} within 30 s (is the mailer running?)`,
  );
}

async function signIn(person: Person): Promise<SignedIn> {
  const credentials = { email: person.email, password: PASSWORD };
  type Login = { user: { id: string }; accessToken: string };
  let login = await api<Login>('POST', '/api/auth/login', credentials);
  if (login.status === 401 || login.status === 403) {
    if (login.status === 401) {
      const register = await api('POST', '/api/auth/register', { ...person, password: PASSWORD });
      expectStatus(`registering ${person.email}`, register, 202);
    } else {
      expectStatus(
        'resending verification',
        await api('POST', '/api/auth/resend-verification', { email: person.email }),
        202,
      );
    }
    const verify = await api('POST', '/api/auth/verify', {
      token: await verificationToken(person.email),
    });
    expectStatus(`verifying ${person.email}`, verify, 200, 409);
    login = await api<Login>('POST', '/api/auth/login', credentials);
  }
  expectStatus(`logging in ${person.email} (its password is not the demo one?)`, login, 200);
  return { person, id: login.body.user.id, token: login.body.accessToken };
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Local time in Paris expressed as an instant; good enough for demo data (±1 h around DST). */
function parisInstant(inDays: number, hour: number): string {
  const day = isoDay(inDays);
  const offset = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' })
      .formatToParts(new Date(`${day}T12:00:00Z`))
      .find((part) => part.type === 'timeZoneName')
      ?.value.replace('GMT', '') || 0,
  );
  return new Date(
    Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`) - offset * 3_600_000,
  ).toISOString();
}

/**
 * Nobody is added to an association without saying yes: the admin invites the person from the
 * directory, then the person, logged in as themselves, accepts.
 */
async function join(
  associationId: string,
  associationName: string,
  member: AssociationPlan['members'][number],
  admin: SignedIn,
  people: Map<string, SignedIn>,
): Promise<void> {
  const person = people.get(member.person.email)!;
  const invited = await api(
    'POST',
    `/api/associations/${associationId}/invitations`,
    { userId: person.id, role: member.role, title: member.title },
    admin.token,
  );
  // 409: invited by an earlier, interrupted run (or already a member); their own list tells which.
  expectStatus(`inviting ${member.person.email} to ${associationName}`, invited, 201, 409);
  const mine = await api<{ items: { id: string; association: { id: string } }[] }>(
    'GET',
    '/api/me/invitations?pageSize=100',
    undefined,
    person.token,
  );
  expectStatus(`listing the invitations of ${member.person.email}`, mine, 200);
  const invitation = mine.body.items.find((item) => item.association.id === associationId);
  if (!invitation) return;
  const accepted = await api(
    'POST',
    `/api/me/invitations/${invitation.id}/accept`,
    undefined,
    person.token,
  );
  expectStatus(`${member.person.email} accepting ${associationName}`, accepted, 200);
}

async function seedAssociation(
  plan: AssociationPlan,
  admin: SignedIn,
  people: Map<string, SignedIn>,
): Promise<string> {
  const found = await api<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/associations?q=${encodeURIComponent(plan.name)}&pageSize=100`,
    undefined,
    admin.token,
  );
  expectStatus('listing associations', found, 200);
  const existing = found.body.items.find((item) => item.name === plan.name);
  if (existing) return `${plan.name} (already there)`;

  const created = await api<{ id: string }>(
    'POST',
    '/api/associations',
    { name: plan.name, description: plan.description },
    admin.token,
  );
  expectStatus(`creating ${plan.name}`, created, 201);
  const id = created.body.id;
  for (const member of plan.members) await join(id, plan.name, member, admin, people);
  const voterIds = [admin.id, ...plan.members.map((member) => people.get(member.person.email)!.id)];
  for (const minute of plan.minutes) {
    const written = await api(
      'POST',
      `/api/associations/${id}/minutes`,
      { heldOn: isoDay(-minute.daysAgo), content: minute.content, voterIds },
      admin.token,
    );
    expectStatus(`writing minutes of ${plan.name}`, written, 201);
  }
  for (const event of plan.events) {
    const scheduled = await api(
      'POST',
      `/api/associations/${id}/events`,
      {
        title: event.title,
        description: event.description,
        location: event.location,
        startsAt: parisInstant(event.inDays, event.hour),
        endsAt: parisInstant(event.inDays, event.hour + event.hours),
        timeZone: 'Europe/Paris',
      },
      admin.token,
    );
    expectStatus(`scheduling ${event.title}`, scheduled, 201);
  }
  return `${plan.name}: ${plan.members.length + 1} members, ${plan.minutes.length} minutes, ${plan.events.length} upcoming events`;
}

async function main(): Promise<void> {
  console.log(`[seed] Agora at ${BASE_URL}, mail at ${MAIL_URL}`);
  const admin = await signIn(ADMIN);
  const people = new Map<string, SignedIn>();
  for (const person of MEMBERS) people.set(person.email, await signIn(person));
  console.log(`[seed] ${MEMBERS.length + 1} verified accounts`);
  for (const plan of PLANS) console.log(`[seed] ${await seedAssociation(plan, admin, people)}`);
  console.log(
    [
      '',
      `  Log in at ${BASE_URL} as`,
      `    ${ADMIN.email}  /  ${PASSWORD}   (admin of every demo association)`,
      `  Members (same password): ${MEMBERS.map((person) => person.email).join(', ')}`,
      `  Their invitations are in the mail catcher: ${MAIL_URL}`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? `[seed] ${error.message}` : error);
  process.exit(1);
});
