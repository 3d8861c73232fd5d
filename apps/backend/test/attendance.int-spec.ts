import { randomUUID } from 'node:crypto';
import { RoutingKey, type EventNotification } from '@app/contracts';
import { AttendanceService } from '../src/events/attendance.service';
import { createAssociation, createCast } from './associations-fixtures';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

const picnic = {
  title: 'Picnic',
  startsAt: '2030-06-01T12:00:00+02:00',
  endsAt: '2030-06-01T15:00:00+02:00',
  timeZone: 'Europe/Paris',
};

let sut: TestApp;

beforeAll(async () => {
  sut = await TestApp.start();
});
afterAll(() => sut.close());

async function createEvent(admin: SignedInUser, associationId: string): Promise<string> {
  const created = await sut.request('POST', `/api/associations/${associationId}/events`, {
    token: admin.accessToken,
    body: picnic,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** The personal answer link the newest message about the event carries for `email`. */
async function rsvpTokenFor(eventId: string, email: string): Promise<string> {
  const rows: { data: EventNotification }[] = await sut.dataSource.query(
    `SELECT payload->'data' AS data FROM outbox
      WHERE routing_key IN ($1, $2) AND payload->'data'->'event'->>'url' LIKE '%' || $3
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [RoutingKey.EventCreated, RoutingKey.EventUpdated, eventId],
  );
  const recipient = rows[0].data.recipients.find((one) => one.email === email)!;
  return new URL(recipient.rsvpUrl!).pathname.split('/').at(-1)!;
}

const rsvp = (user: SignedInUser, eventId: string, answer: unknown) =>
  sut.request('PUT', `/api/events/${eventId}/rsvp`, { token: user.accessToken, body: { answer } });
const attendance = (user: SignedInUser, eventId: string) =>
  sut.request('GET', `/api/events/${eventId}/attendance`, { token: user.accessToken });

describe('answering from the app', () => {
  it('records my answer, counts it, names who answered and shows admins who has not', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);

    expect((await rsvp(member, eventId, 'tentative')).body).toEqual({ answer: 'tentative' });
    const changed = await rsvp(member, eventId, 'accepted');
    expect(changed.status).toBe(200);

    const seenByMember = await attendance(member, eventId);
    expect(seenByMember.status).toBe(200);
    expect(seenByMember.body.counts).toEqual({ accepted: 1, tentative: 0, declined: 0 });
    expect(seenByMember.body.answered).toEqual([
      expect.objectContaining({ userId: member.user.id, name: 'Max Member', answer: 'accepted' }),
    ]);
    expect(seenByMember.body).not.toHaveProperty('notAnswered');
    // Names only: nobody's address is shown to other members.
    expect(JSON.stringify(seenByMember.body)).not.toContain(member.user.email);

    const seenByAdmin = await attendance(admin, eventId);
    expect(seenByAdmin.body.notAnswered).toEqual([{ userId: admin.user.id, name: 'Ada Admin' }]);

    const mine = await sut.request('GET', '/api/me/events?from=2030-01-01T00:00:00Z', {
      token: member.accessToken,
    });
    expect(mine.body.items.find((item: { id: string }) => item.id === eventId).myAnswer).toBe(
      'accepted',
    );
    const admins = await sut.request('GET', '/api/me/events?from=2030-01-01T00:00:00Z', {
      token: admin.accessToken,
    });
    expect(
      admins.body.items.find((item: { id: string }) => item.id === eventId).myAnswer,
    ).toBeNull();
  });

  it('refuses an unknown answer with a 400 naming the field, and outsiders with a 404', async () => {
    const { admin, outsider, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);

    const bad = await rsvp(admin, eventId, 'maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'answer' })]);
    expect((await rsvp(outsider, eventId, 'accepted')).status).toBe(404);
    expect((await attendance(outsider, eventId)).status).toBe(404);
  });

  it('takes no answer for a cancelled event', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);
    await sut.request('DELETE', `/api/events/${eventId}`, { token: admin.accessToken });

    const refused = await rsvp(member, eventId, 'accepted');
    expect(refused.status).toBe(409);
    expect(refused.body.type).toBe('urn:agora:problem:event-cancelled');
  });

  it('stops counting the answer of someone who left', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);
    await rsvp(member, eventId, 'declined');

    const left = await sut.request(
      'DELETE',
      `/api/associations/${association.id}/members/${member.user.id}`,
      {
        token: member.accessToken,
      },
    );
    expect(left.status).toBe(204);

    const after = await attendance(admin, eventId);
    expect(after.body.counts).toEqual({ accepted: 0, tentative: 0, declined: 0 });
    expect(after.body.answered).toEqual([]);
  });
});

describe('answering from the link of the invitation mail', () => {
  it('each member gets a link of their own that answers for them, on a click only', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);
    const token = await rsvpTokenFor(eventId, member.user.email);
    expect(token).not.toBe(await rsvpTokenFor(eventId, admin.user.email));

    const preview = await sut.request('POST', '/api/rsvp/preview', { body: { token } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      title: 'Picnic',
      associationName: association.name,
      answer: null,
    });
    // Reading, by the page or by a scanner following the link, records nothing.
    await sut.request('GET', `/api/rsvp?token=${token}&answer=accepted`);
    await sut.request('GET', `/api/rsvp/${token}?answer=accepted`);
    expect((await attendance(admin, eventId)).body.answered).toEqual([]);

    const answered = await sut.request('POST', '/api/rsvp', {
      body: { token, answer: 'accepted' },
    });
    expect(answered.status).toBe(200);
    const seen = await attendance(admin, eventId);
    expect(seen.body.answered).toEqual([
      expect.objectContaining({ userId: member.user.id, answer: 'accepted' }),
    ]);
    expect((await sut.request('POST', '/api/rsvp/preview', { body: { token } })).body.answer).toBe(
      'accepted',
    );
  });

  it("answers only for its own event: another event's answers do not move", async () => {
    const { admin, member, association } = await createCast(sut);
    const first = await createEvent(admin, association.id);
    const second = await createEvent(admin, association.id);

    await sut.request('POST', '/api/rsvp', {
      body: { token: await rsvpTokenFor(first, member.user.email), answer: 'declined' },
    });

    expect((await attendance(admin, first)).body.counts.declined).toBe(1);
    expect((await attendance(admin, second)).body.answered).toEqual([]);
  });

  it('stops working when the event is cancelled or the person leaves', async () => {
    const admin = await createSignedInUser(sut);
    const member = await createSignedInUser(sut);
    const other = await createSignedInUser(sut);
    const club = await createAssociation(sut, admin, {
      members: [{ user: member.user }, { user: other.user }],
    });
    const eventId = await createEvent(admin, club.id);
    const leaverToken = await rsvpTokenFor(eventId, other.user.email);
    const memberToken = await rsvpTokenFor(eventId, member.user.email);

    await sut.request('DELETE', `/api/associations/${club.id}/members/${other.user.id}`, {
      token: other.accessToken,
    });
    const afterLeaving = await sut.request('POST', '/api/rsvp', {
      body: { token: leaverToken, answer: 'accepted' },
    });
    expect(afterLeaving.status).toBe(404);
    expect(afterLeaving.headers.get('content-type')).toContain('application/problem+json');
    expect(
      (await sut.request('POST', '/api/rsvp/preview', { body: { token: leaverToken } })).status,
    ).toBe(404);

    await sut.request('DELETE', `/api/events/${eventId}`, { token: admin.accessToken });
    const afterCancel = await sut.request('POST', '/api/rsvp', {
      body: { token: memberToken, answer: 'accepted' },
    });
    expect(afterCancel.status).toBe(409);
    expect((await attendance(admin, eventId)).body.answered).toEqual([]);
  });

  it('refuses an unknown token and a malformed body with clear problems', async () => {
    const unknown = await sut.request('POST', '/api/rsvp', {
      body: { token: 'x'.repeat(43), answer: 'accepted' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.type).toBe('urn:agora:problem:rsvp-link-not-found');
    const malformed = await sut.request('POST', '/api/rsvp', {
      body: { token: 42, answer: 'yes', extra: 1 },
    });
    expect(malformed.status).toBe(400);
  });
});

describe('answering from a calendar (rsvp.replied, as its consumer hands it over)', () => {
  const reply = (
    eventId: string,
    userId: string,
    answer: 'accepted' | 'tentative' | 'declined',
    receivedAt = new Date(),
  ) =>
    sut.get(AttendanceService).recordReplyFromCalendar({
      eventId,
      userId,
      answer,
      receivedAt: receivedAt.toISOString(),
    });

  it("records a member's answer once: the same reply again changes nothing", async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);
    const receivedAt = new Date();

    expect(await reply(eventId, member.user.id, 'accepted', receivedAt)).toBe('recorded');
    expect(await reply(eventId, member.user.id, 'accepted', receivedAt)).toBe('unchanged');

    const seen = await attendance(admin, eventId);
    expect(seen.body.counts).toEqual({ accepted: 1, tentative: 0, declined: 0 });
    expect(seen.body.answered).toEqual([
      expect.objectContaining({
        userId: member.user.id,
        answer: 'accepted',
        answeredAt: receivedAt.toISOString(),
      }),
    ]);
  });

  it('lets a later answer from the app win over a late or redelivered reply, and a newer reply win over it', async () => {
    const { admin, member, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);
    const early = new Date(Date.now() - 60_000);
    expect(await reply(eventId, member.user.id, 'accepted', early)).toBe('recorded');
    await rsvp(member, eventId, 'declined');

    expect(await reply(eventId, member.user.id, 'accepted', early)).toBe('unchanged');
    expect((await attendance(admin, eventId)).body.counts).toEqual({
      accepted: 0,
      tentative: 0,
      declined: 1,
    });

    expect(await reply(eventId, member.user.id, 'tentative', new Date(Date.now() + 1000))).toBe(
      'recorded',
    );
    expect((await attendance(admin, eventId)).body.counts).toEqual({
      accepted: 0,
      tentative: 1,
      declined: 0,
    });
  });

  it('ignores someone who is not, or no longer, a member, a cancelled event and an unknown one', async () => {
    const { admin, member, outsider, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);

    expect(await reply(eventId, outsider.user.id, 'accepted')).toBe('ignored');
    await sut.request('DELETE', `/api/associations/${association.id}/members/${member.user.id}`, {
      token: member.accessToken,
    });
    expect(await reply(eventId, member.user.id, 'accepted')).toBe('ignored');
    expect(await reply(randomUUID(), admin.user.id, 'accepted')).toBe('ignored');
    await sut.request('DELETE', `/api/events/${eventId}`, { token: admin.accessToken });
    expect(await reply(eventId, admin.user.id, 'accepted')).toBe('ignored');

    expect((await attendance(admin, eventId)).body.answered).toEqual([]);
  });

  it('refuses data that is not a reply before touching anything', async () => {
    const { admin, association } = await createCast(sut);
    const eventId = await createEvent(admin, association.id);

    await expect(
      sut.get(AttendanceService).recordReplyFromCalendar({
        eventId,
        userId: admin.user.id,
        answer: 'maybe' as 'accepted',
        receivedAt: new Date().toISOString(),
      }),
    ).rejects.toThrow(/answer/);
  });
});
