import { ParsedMail } from 'mailparser';
import { Pool } from 'pg';
import { RoutingKey } from '@app/contracts';
import { waitFor } from '@app/messaging/testing/eventually';
import { MailerHarness } from '../../mailer/test/support/mailer-harness';
import { createAssociation, createCast } from './associations-fixtures';
import { createTestDatabase, databaseUrl, dropDatabase } from './support/databases';
import { parseExposition, valueOf } from './support/exposition';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

// Real services and reminders due seconds ahead on the real clock.
jest.setTimeout(120_000);

/**
 * One minute of lead time lasts 50 ms here: "an hour before" comes 3 s before the start, "a day
 * before" 72 s before. Nothing else differs from production, the clock included.
 */
const UNIT_SECONDS = 0.05;
const HOUR_BEFORE_MS = 60 * UNIT_SECONDS * 1000;

interface ReminderRow {
  eventId: string;
  userId: string;
  minutesBefore: number;
  startsAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  outcome: 'sent' | 'late' | null;
}

describe('event reminders', () => {
  let harness: MailerHarness;
  let databaseName: string;
  /** The shared database as the test reads it, whichever backend processes are running. */
  let db: Pool;
  const apps: TestApp[] = [];

  /** A backend process on the shared database; several may run at once, as replicas do. */
  async function startBackend(env: Record<string, string> = {}): Promise<TestApp> {
    const app = await TestApp.start(
      {
        AMQP_URL: harness.vhost.url,
        OUTBOX_RELAY_ENABLED: 'true',
        REMINDERS_ENABLED: 'true',
        REMINDER_POLL_MS: '100',
        REMINDER_LEAD_UNIT_SECONDS: String(UNIT_SECONDS),
        ...env,
      },
      { databaseName },
    );
    apps.push(app);
    return app;
  }

  async function stopBackend(app: TestApp): Promise<void> {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  }

  let sut: TestApp;

  beforeAll(async () => {
    [harness, databaseName] = await Promise.all([MailerHarness.create(), createTestDatabase()]);
    db = new Pool({ connectionString: databaseUrl(databaseName), max: 2 });
    await harness.startMailer();
    sut = await startBackend();
  });
  afterAll(async () => {
    for (const app of [...apps]) await app.close();
    await harness?.close();
    await db?.end();
    await dropDatabase(databaseName);
  });

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

  async function createEvent(
    admin: SignedInUser,
    associationId: string,
    startsAt: string,
    app = sut,
  ): Promise<string> {
    const created = await app.request('POST', `/api/associations/${associationId}/events`, {
      token: admin.accessToken,
      body: {
        title: 'Board meeting',
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
        timeZone: 'Europe/Paris',
      },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  async function chooseLeads(app: TestApp, who: SignedInUser, leads: number[]): Promise<void> {
    const changed = await app.request('PATCH', '/api/me/notifications', {
      token: who.accessToken,
      body: { reminderMinutesBefore: leads },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.reminderMinutesBefore).toEqual([...leads].sort((a, b) => a - b));
  }

  const query = async <T>(sql: string, parameters: unknown[]): Promise<T[]> =>
    (await db.query(sql, parameters)).rows;

  async function remindersOf(eventId: string): Promise<ReminderRow[]> {
    return query(
      `SELECT event_id AS "eventId", user_id AS "userId", minutes_before AS "minutesBefore",
              starts_at AS "startsAt", due_at AS "dueAt", done_at AS "doneAt", outcome
         FROM event_reminders WHERE event_id = $1 ORDER BY starts_at, user_id, minutes_before`,
      [eventId],
    );
  }

  /** The recipients of every reminder message about the event, one entry per mail. */
  async function remindedAbout(eventId: string): Promise<string[]> {
    const rows = await query<{ email: string }>(
      `SELECT recipient->>'email' AS email
         FROM outbox, jsonb_array_elements(payload->'data'->'recipients') AS recipient
        WHERE routing_key = $1 AND payload->'data'->'event'->>'url' LIKE '%' || $2
        ORDER BY 1`,
      [RoutingKey.EventReminder, eventId],
    );
    return rows.map((row) => row.email);
  }

  /** An association whose admin and member both asked for "an hour before" only. */
  async function hourlyCast(app = sut) {
    const cast = await createCast(app);
    for (const who of [cast.admin, cast.member]) await chooseLeads(app, who, [60]);
    return cast;
  }

  const allDone = (rows: ReminderRow[]) => rows.length > 0 && rows.every((row) => row.doneAt);
  const untilDone = (eventId: string, what: string) =>
    waitFor(() => remindersOf(eventId), allDone, { what });

  const reminderMailsTo = (address: string) =>
    harness.smtp.mails.filter(
      (mail) =>
        mail.envelopeTo.includes(address) && /^Subject: Reminder/im.test(mail.raw.toString()),
    );

  it('goes at the chosen lead time, as a plain mail with one-click unsubscribe and links to the event and the feed', async () => {
    const { admin, member, association } = await hourlyCast();
    await chooseLeads(sut, member, [60, 1440]);
    const startsAt = inSeconds(8);
    const eventId = await createEvent(admin, association.id, startsAt);

    // "A day before" was already past when the event was created: only "an hour before" is due.
    const scheduled = await remindersOf(eventId);
    expect(scheduled.map((row) => [row.userId, row.minutesBefore])).toEqual(
      expect.arrayContaining([
        [admin.user.id, 60],
        [member.user.id, 60],
      ]),
    );
    expect(scheduled.filter((row) => row.minutesBefore === 1440)).toEqual([]);
    for (const row of scheduled)
      expect(new Date(row.dueAt).getTime()).toBe(Date.parse(startsAt) - HOUR_BEFORE_MS);

    const [received] = await waitFor(
      () => reminderMailsTo(member.user.email),
      (mails) => mails.length === 1,
      { what: 'the reminder mail' },
    );
    const done = await untilDone(eventId, 'the reminders marked sent');
    for (const row of done) {
      expect(row.outcome).toBe('sent');
      expect(new Date(row.doneAt!).getTime()).toBeGreaterThanOrEqual(new Date(row.dueAt).getTime());
      expect(new Date(row.doneAt!).getTime()).toBeLessThan(Date.parse(startsAt));
    }

    const mail: ParsedMail = await received.parse();
    expect(mail.subject).toBe('Reminder: Board meeting in 1 hour');
    // The header lines as sent (mailparser turns List-Unsubscribe into an object).
    const head = received.raw
      .toString('latin1')
      .split('\r\n\r\n')[0]
      .replace(/\r\n[ \t]+/g, ' ');
    expect(head).toMatch(
      /^List-Unsubscribe: <http:\/\/agora\.test\/api\/unsubscribe\/[\w-]{64}>$/m,
    );
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(received.raw.toString()).not.toMatch(/text\/calendar|METHOD:REQUEST/i);
    expect(mail.text).toContain(`http://agora.test/events/${eventId}`);
    expect(mail.text).toContain('http://agora.test/me#calendar-feed');
    expect(mail.html).toContain(`http://agora.test/events/${eventId}`);
    expect(await remindedAbout(eventId)).toEqual([admin.user.email, member.user.email].sort());
  });

  it('is never sent for a cancelled event', async () => {
    const { admin, association } = await hourlyCast();
    const cancelledId = await createEvent(admin, association.id, inSeconds(6));
    const keptId = await createEvent(admin, association.id, inSeconds(7));
    expect(await remindersOf(cancelledId)).toHaveLength(2);
    const cancelled = await sut.request('DELETE', `/api/events/${cancelledId}`, {
      token: admin.accessToken,
    });
    expect(cancelled.status).toBe(204);
    expect(await remindersOf(cancelledId)).toEqual([]);

    // The kept event's reminders come due after the cancelled one's would have.
    await untilDone(keptId, 'the reminders of the event that was kept');
    expect(await remindersOf(cancelledId)).toEqual([]);
    expect(await remindedAbout(cancelledId)).toEqual([]);
  });

  it('follows a moved event, and a move after it was sent reminds again for the new start', async () => {
    const { admin, member, association } = await hourlyCast();
    const eventId = await createEvent(admin, association.id, inSeconds(600));
    const move = async (startsAt: string) => {
      const moved = await sut.request('PATCH', `/api/events/${eventId}`, {
        token: admin.accessToken,
        body: { startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString() },
      });
      expect(moved.status).toBe(200);
      return startsAt;
    };

    const first = await move(inSeconds(6));
    const rescheduled = await remindersOf(eventId);
    expect(rescheduled).toHaveLength(2);
    expect(rescheduled.every((row) => new Date(row.startsAt).toISOString() === first)).toBe(true);
    await untilDone(eventId, 'the reminders for the first new start');

    const second = await move(inSeconds(6));
    await waitFor(
      () => remindersOf(eventId),
      (rows) => rows.length === 4 && rows.every((row) => row.outcome === 'sent'),
      { what: 'the reminders for the second new start' },
    );
    const starts = (await remindersOf(eventId)).map((row) => new Date(row.startsAt).toISOString());
    expect(new Set(starts)).toEqual(new Set([first, second]));
    expect(await remindedAbout(eventId)).toEqual(
      [admin.user.email, admin.user.email, member.user.email, member.user.email].sort(),
    );
  });

  it('goes exactly once per member, event and lead time with two backend processes polling', async () => {
    // Only the two replicas poll, each claiming two rows per transaction.
    await stopBackend(sut);
    const replicas = [
      await startBackend({ REMINDER_BATCH_SIZE: '2' }),
      await startBackend({ REMINDER_BATCH_SIZE: '2' }),
    ];
    const [app] = replicas;
    const admin = await createSignedInUser(app);
    const members = await Promise.all(Array.from({ length: 12 }, () => createSignedInUser(app)));
    const association = await createAssociation(app, admin, {
      members: members.map(({ user }) => ({ user })),
    });
    for (const who of [admin, ...members]) await chooseLeads(app, who, [60]);
    const events = [
      await createEvent(admin, association.id, inSeconds(5), app),
      await createEvent(admin, association.id, inSeconds(5), app),
    ];
    const everyone = [admin, ...members].map(({ user }) => user.email).sort();
    for (const eventId of events) {
      await untilDone(eventId, 'every reminder of the event');
      expect(await remindedAbout(eventId)).toEqual(everyone);
    }
    for (const replica of replicas) await stopBackend(replica);
    sut = await startBackend();
  });

  it('skips what another replica holds, and takes it up when that replica dies mid-pass', async () => {
    const { admin, member, association } = await hourlyCast();
    const eventId = await createEvent(admin, association.id, inSeconds(6));
    // A replica that claimed the admin's reminder and has not committed yet.
    const other = await db.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `SELECT id FROM event_reminders WHERE event_id = $1 AND user_id = $2 FOR UPDATE`,
        [eventId, admin.user.id],
      );
      const rows = await waitFor(
        () => remindersOf(eventId),
        (list) => list.some((row) => row.userId === member.user.id && row.doneAt),
        { what: "the member's reminder, sent past the held row" },
      );
      expect(rows.find((row) => row.userId === admin.user.id)?.doneAt).toBeNull();
      // That replica dies before its commit: the row was never marked, so it is still due.
      await other.query('ROLLBACK');
    } finally {
      other.release();
    }
    await untilDone(eventId, "the admin's reminder after the other replica died");
    expect(await remindedAbout(eventId)).toEqual([admin.user.email, member.user.email].sort());
  });

  it('survives a restart: scheduled by one process, sent by the next one', async () => {
    const { admin, association } = await hourlyCast();
    const before = await startBackend();
    await stopBackend(sut);
    const eventId = await createEvent(admin, association.id, inSeconds(8), before);
    await stopBackend(before);
    const waiting = await remindersOf(eventId);
    expect(waiting).toHaveLength(2);
    expect(waiting.every((row) => row.doneAt === null)).toBe(true);

    sut = await startBackend();
    await untilDone(eventId, 'the reminders after the restart');
    expect(await remindedAbout(eventId)).toHaveLength(2);
  });

  it('is counted late, and not sent, when it comes due after the event started', async () => {
    await stopBackend(sut);
    const idle = await startBackend({ REMINDERS_ENABLED: 'false' });
    const { admin, association } = await hourlyCast(idle);
    const startsAt = inSeconds(4);
    const eventId = await createEvent(admin, association.id, startsAt, idle);
    await waitFor(
      async () =>
        (
          await query<{ started: boolean }>(`SELECT now() > $1::timestamptz AS started`, [startsAt])
        )[0].started,
      (started) => started,
      { what: 'the start of the event' },
    );
    await stopBackend(idle);

    sut = await startBackend();
    const done = await untilDone(eventId, 'the late reminders');
    expect(done.map((row) => row.outcome)).toEqual(['late', 'late']);
    expect(await remindedAbout(eventId)).toEqual([]);
    const metrics = parseExposition((await sut.request('GET', '/metrics')).body);
    expect(valueOf(metrics, 'agora_reminders_late_total')).toBe(2);
  });

  it('follows lead-time choices, mail opt-outs and leaving, without waiting for the poller', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id, inSeconds(3600));
    const leadsOf = async (userId: string) =>
      (await remindersOf(eventId))
        .filter((row) => row.userId === userId)
        .map((row) => row.minutesBefore);
    expect(await leadsOf(member.user.id)).toEqual([1440]);

    await chooseLeads(sut, member, [60, 1440]);
    expect(await leadsOf(member.user.id)).toEqual([60, 1440]);
    await chooseLeads(sut, member, []);
    expect(await leadsOf(member.user.id)).toEqual([]);
    await chooseLeads(sut, member, [60]);
    expect(await leadsOf(member.user.id)).toEqual([60]);

    const optOut = (eventMail: boolean) =>
      sut.request('PATCH', '/api/me/notifications', {
        token: member.accessToken,
        body: { associations: [{ id: association.id, eventMail }] },
      });
    expect((await optOut(false)).status).toBe(200);
    expect(await leadsOf(member.user.id)).toEqual([]);
    expect((await optOut(true)).status).toBe(200);
    expect(await leadsOf(member.user.id)).toEqual([60]);

    const left = await sut.request(
      'DELETE',
      `/api/associations/${association.id}/members/${member.user.id}`,
      {
        token: admin.accessToken,
      },
    );
    expect(left.status).toBe(204);
    expect(await leadsOf(member.user.id)).toEqual([]);
    expect(await leadsOf(admin.user.id)).toEqual([1440]);
  });

  it('accepts only the offered lead times', async () => {
    const { member } = await createCast(sut);
    for (const leads of [[30], [60, 60], [60, 1440, 10080], 'soon', [null]]) {
      const response = await sut.request('PATCH', '/api/me/notifications', {
        token: member.accessToken,
        body: { reminderMinutesBefore: leads },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
    const settings = await sut.request('GET', '/api/me/notifications', {
      token: member.accessToken,
    });
    expect(settings.body.reminderMinutesBefore).toEqual([1440]);
  });
});
