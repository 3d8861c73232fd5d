import { RoutingKey } from '@app/contracts';
import { createAssociation, createCast, UNKNOWN_ID } from './associations-fixtures';
import { SignedInUser } from './support/fixtures';
import { badFields, expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

interface OutboxRecipient {
  email: string;
  unsubscribeUrl?: string;
}

describe('stopping event mail', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  let counter = 0;
  async function createEvent(admin: SignedInUser, associationId: string): Promise<string> {
    counter += 1;
    const created = await sut.request('POST', `/api/associations/${associationId}/events`, {
      token: admin.accessToken,
      body: {
        title: `Meeting ${counter}`,
        startsAt: '2030-03-01T18:30:00Z',
        endsAt: '2030-03-01T20:30:00Z',
        timeZone: 'UTC',
      },
    });
    expect(created.status).toBe(201);
    return created.body.uid;
  }

  /** Who the outbox message about the event is addressed to. */
  async function recipientsOf(uid: string): Promise<OutboxRecipient[]> {
    const [row] = await sut.dataSource.query(
      `SELECT payload->'data'->'recipients' AS recipients FROM outbox
        WHERE routing_key = $1 AND payload->'data'->'event'->>'uid' = $2`,
      [RoutingKey.EventCreated, uid],
    );
    return row.recipients;
  }

  const emailsOf = (recipients: OutboxRecipient[]) => recipients.map((r) => r.email).sort();
  const pathOf = (url: string) => new URL(url).pathname;
  const oneClick = (path: string) =>
    sut.request('POST', path, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

  it('a one-click POST stops that association’s event mail for that person only; the preferences undo it', async () => {
    const { admin, member, association } = await createCast(sut);
    const other = await createAssociation(sut, admin, { members: [{ user: member.user }] });
    const everyone = [admin.user.email, member.user.email].sort();

    const before = await recipientsOf(await createEvent(admin, association.id));
    expect(emailsOf(before)).toEqual(everyone);
    const links = new Map(before.map((r) => [r.email, r.unsubscribeUrl!]));
    expect(links.get(member.user.email)).toMatch(
      new RegExp(`^${sut.config.appUrl}/api/unsubscribe/[A-Za-z0-9_-]{64}$`),
    );
    expect(links.get(member.user.email)).not.toBe(links.get(admin.user.email));
    const memberLink = pathOf(links.get(member.user.email)!);

    // Link scanners and mail clients without one-click only GET: they reach the app page, which
    // asks first, and nothing changes.
    const opened = await fetch(`${sut.baseUrl}${memberLink}`, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(
      `${sut.config.appUrl}${memberLink.replace('/api/', '/')}`,
    );
    expect(emailsOf(await recipientsOf(await createEvent(admin, association.id)))).toEqual(
      everyone,
    );

    expect((await oneClick(memberLink)).status).toBe(204);
    expect((await oneClick(memberLink)).status).toBe(204);
    expect(emailsOf(await recipientsOf(await createEvent(admin, association.id)))).toEqual([
      admin.user.email,
    ]);
    // Membership, and the other association's mail, stay.
    expect(emailsOf(await recipientsOf(await createEvent(admin, other.id)))).toEqual(everyone);
    const settings = await sut.request('GET', '/api/me/notifications', {
      token: member.accessToken,
    });
    expect(settings.status).toBe(200);
    expect(settings.body.associations).toEqual(
      expect.arrayContaining([
        { id: association.id, name: association.name, eventMail: false },
        { id: other.id, name: other.name, eventMail: true },
      ]),
    );
    expect(settings.body.associations).toHaveLength(2);

    const undone = await sut.request('PATCH', '/api/me/notifications', {
      token: member.accessToken,
      body: { associations: [{ id: association.id, eventMail: true }] },
    });
    expect(undone.status).toBe(200);
    expect(undone.body.associations).toContainEqual({
      id: association.id,
      name: association.name,
      eventMail: true,
    });
    expect(emailsOf(await recipientsOf(await createEvent(admin, association.id)))).toEqual(
      everyone,
    );
  });

  it('the app page’s confirmation posts without a form body too', async () => {
    const { admin, member, association } = await createCast(sut);
    const [recipient] = (await recipientsOf(await createEvent(admin, association.id))).filter(
      (r) => r.email === member.user.email,
    );
    expect((await sut.request('POST', pathOf(recipient.unsubscribeUrl!))).status).toBe(204);
    expect(emailsOf(await recipientsOf(await createEvent(admin, association.id)))).toEqual([
      admin.user.email,
    ]);
  });

  it('refuses forged, altered and malformed links with 404', async () => {
    const { admin, association } = await createCast(sut);
    const [recipient] = await recipientsOf(await createEvent(admin, association.id));
    const path = pathOf(recipient.unsubscribeUrl!);
    const altered = `${path.slice(0, -2)}${path.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [altered, '/api/unsubscribe/x', `/api/unsubscribe/${'A'.repeat(64)}`])
      expectProblem(await oneClick(bad), 404);
  });

  it('preferences: only my associations, a bounded list of well-formed entries, and a login', async () => {
    const { member, outsider, association } = await createCast(sut);
    const patch = (who: SignedInUser, body: unknown) =>
      sut.request('PATCH', '/api/me/notifications', { token: who.accessToken, body });
    expectProblem(
      await patch(outsider, { associations: [{ id: association.id, eventMail: false }] }),
      404,
    );
    expectProblem(
      await patch(member, { associations: [{ id: UNKNOWN_ID, eventMail: false }] }),
      404,
    );
    for (const [body, field] of [
      [{ associations: 'all' }, 'associations'],
      [{ associations: [{ id: 'nope', eventMail: false }] }, 'associations.0.id'],
      [{ associations: [{ id: association.id }] }, 'associations.0.eventMail'],
      [
        {
          associations: Array.from({ length: 1001 }, () => ({
            id: association.id,
            eventMail: true,
          })),
        },
        'associations',
      ],
    ] as const) {
      const response = await patch(member, body);
      expectProblem(response, 400);
      expect(badFields(response)).toContain(field);
    }
    expectProblem(await sut.request('GET', '/api/me/notifications'), 401);
    expectProblem(
      await sut.request('PATCH', '/api/me/notifications', { body: { associations: [] } }),
      401,
    );
  });
});
