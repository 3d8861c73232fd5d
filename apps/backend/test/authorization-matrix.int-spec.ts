import { RoutingKey } from '@app/contracts';
import { createAssociation } from './associations-fixtures';
import { tokenFromOutbox } from './support/accounts';
import { hugeString } from './support/bodies';
import { createSignedInUser, createUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * Every route of the association domain × every kind of caller → the status the server answers.
 * A route the app serves under these prefixes without a row here fails the suite.
 */
const PREFIXES = ['/api/associations', '/api/events', '/api/me/', '/api/invitations'];

type Caller = 'anonymous' | 'outsider' | 'member' | 'admin';

interface World {
  admin: SignedInUser;
  member: SignedInUser;
  otherMemberId: string;
  outsider: SignedInUser;
  associationId: string;
  eventId: string;
  minuteId: string;
  /** A pending invitation to the outsider, and the token of its mail. */
  invitationId: string;
  invitationToken: string;
}

interface Row {
  route: string;
  path: (world: World) => string;
  body?: (world: World) => Promise<unknown> | unknown;
  expected: Record<Caller, number>;
  /**
   * On routes where who may write does not depend on the body, access is checked before the body
   * is validated; this names a string field of the body with a size cap, to send too large.
   */
  accessBeforeBody?: string;
}

const unique = () => Math.random().toString(36).slice(2, 10);
const event = {
  title: 'Picnic',
  startsAt: '2030-06-01T12:00:00+02:00',
  endsAt: '2030-06-01T15:00:00+02:00',
  timeZone: 'Europe/Paris',
};

const rows: Row[] = [
  {
    route: 'GET /api/associations',
    path: () => '/api/associations',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/associations',
    path: () => '/api/associations',
    body: () => ({ name: `New ${unique()}` }),
    expected: { anonymous: 401, outsider: 201, member: 201, admin: 201 },
  },
  {
    route: 'GET /api/associations/{id}',
    path: (w) => `/api/associations/${w.associationId}`,
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/associations/{id}',
    path: (w) => `/api/associations/${w.associationId}`,
    body: () => ({ description: 'Changed' }),
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 200 },
    accessBeforeBody: 'description',
  },
  {
    route: 'DELETE /api/associations/{id}',
    path: (w) => `/api/associations/${w.associationId}`,
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 204 },
  },
  {
    route: 'GET /api/associations/{id}/members',
    path: (w) => `/api/associations/${w.associationId}/members`,
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/associations/{id}/members/{userId}',
    path: (w) => `/api/associations/${w.associationId}/members/${w.otherMemberId}`,
    body: () => ({ title: 'Treasurer' }),
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 200 },
    accessBeforeBody: 'title',
  },
  {
    route: 'DELETE /api/associations/{id}/members/{userId}',
    path: (w) => `/api/associations/${w.associationId}/members/${w.otherMemberId}`,
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 204 },
  },
  {
    route: 'POST /api/associations/{id}/invitations',
    path: (w) => `/api/associations/${w.associationId}/invitations`,
    body: () => ({ email: `invitee-${unique()}@example.org` }),
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 201 },
    accessBeforeBody: 'title',
  },
  {
    route: 'GET /api/associations/{id}/invitations',
    path: (w) => `/api/associations/${w.associationId}/invitations`,
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 200 },
  },
  {
    route: 'DELETE /api/associations/{id}/invitations/{invitationId}',
    path: (w) => `/api/associations/${w.associationId}/invitations/${w.invitationId}`,
    expected: { anonymous: 401, outsider: 403, member: 403, admin: 204 },
  },
  {
    route: 'GET /api/me/invitations',
    path: () => '/api/me/invitations',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  // Only the person invited may answer from the app: here, the outsider.
  {
    route: 'POST /api/me/invitations/{invitationId}/accept',
    path: (w) => `/api/me/invitations/${w.invitationId}/accept`,
    expected: { anonymous: 401, outsider: 200, member: 404, admin: 404 },
  },
  {
    route: 'POST /api/me/invitations/{invitationId}/decline',
    path: (w) => `/api/me/invitations/${w.invitationId}/decline`,
    expected: { anonymous: 401, outsider: 204, member: 404, admin: 404 },
  },
  // The mail's link: reading and declining need only the token; accepting needs its account.
  {
    route: 'POST /api/invitations/preview',
    path: () => '/api/invitations/preview',
    body: (w) => ({ token: w.invitationToken }),
    expected: { anonymous: 200, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/invitations/accept',
    path: () => '/api/invitations/accept',
    body: (w) => ({ token: w.invitationToken }),
    expected: { anonymous: 401, outsider: 200, member: 403, admin: 403 },
  },
  {
    route: 'POST /api/invitations/decline',
    path: () => '/api/invitations/decline',
    body: (w) => ({ token: w.invitationToken }),
    expected: { anonymous: 204, outsider: 204, member: 204, admin: 204 },
  },
  {
    route: 'GET /api/associations/{id}/minutes',
    path: (w) => `/api/associations/${w.associationId}/minutes`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/associations/{id}/minutes',
    path: (w) => `/api/associations/${w.associationId}/minutes`,
    body: (w) => ({ heldOn: '2026-06-14', content: 'Minutes', voterIds: [w.admin.user.id] }),
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 201 },
    accessBeforeBody: 'content',
  },
  {
    route: 'GET /api/associations/{id}/minutes/{minuteId}',
    path: (w) => `/api/associations/${w.associationId}/minutes/${w.minuteId}`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/associations/{id}/minutes/{minuteId}',
    path: (w) => `/api/associations/${w.associationId}/minutes/${w.minuteId}`,
    body: () => ({ content: 'Corrected' }),
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 200 },
    accessBeforeBody: 'content',
  },
  {
    route: 'DELETE /api/associations/{id}/minutes/{minuteId}',
    path: (w) => `/api/associations/${w.associationId}/minutes/${w.minuteId}`,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 204 },
  },
  // Restoring minutes that were never deleted changes nothing and answers them.
  {
    route: 'POST /api/associations/{id}/minutes/{minuteId}/restore',
    path: (w) => `/api/associations/${w.associationId}/minutes/${w.minuteId}/restore`,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 200 },
  },
  {
    route: 'GET /api/associations/{id}/events',
    path: (w) => `/api/associations/${w.associationId}/events`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/associations/{id}/events',
    path: (w) => `/api/associations/${w.associationId}/events`,
    body: () => event,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 201 },
    accessBeforeBody: 'title',
  },
  {
    route: 'GET /api/events/{id}',
    path: (w) => `/api/events/${w.eventId}`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/events/{id}',
    path: (w) => `/api/events/${w.eventId}`,
    body: () => ({ title: 'Moved picnic' }),
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 200 },
    accessBeforeBody: 'title',
  },
  {
    route: 'DELETE /api/events/{id}',
    path: (w) => `/api/events/${w.eventId}`,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 204 },
  },
  {
    route: 'GET /api/events/{id}/ics',
    path: (w) => `/api/events/${w.eventId}/ics`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'PUT /api/events/{id}/rsvp',
    path: (w) => `/api/events/${w.eventId}/rsvp`,
    body: () => ({ answer: 'accepted' }),
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
    accessBeforeBody: 'answer',
  },
  {
    route: 'GET /api/events/{id}/attendance',
    path: (w) => `/api/events/${w.eventId}/attendance`,
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/events/{id}/deliveries',
    path: (w) => `/api/events/${w.eventId}/deliveries`,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 200 },
  },
  {
    route: 'POST /api/events/{id}/deliveries/{userId}/resend',
    path: (w) => `/api/events/${w.eventId}/deliveries/${w.otherMemberId}/resend`,
    expected: { anonymous: 401, outsider: 404, member: 403, admin: 202 },
  },
  {
    route: 'GET /api/me/events',
    path: () => '/api/me/events',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/me/calendar-feed',
    path: () => '/api/me/calendar-feed',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'POST /api/me/calendar-feed/rotate',
    path: () => '/api/me/calendar-feed/rotate',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  {
    route: 'GET /api/me/notifications',
    path: () => '/api/me/notifications',
    expected: { anonymous: 401, outsider: 200, member: 200, admin: 200 },
  },
  // Only members may choose an association's event mail.
  {
    route: 'PATCH /api/me/notifications',
    path: () => '/api/me/notifications',
    body: (w) => ({ associations: [{ id: w.associationId, eventMail: false }] }),
    expected: { anonymous: 401, outsider: 404, member: 200, admin: 200 },
  },
];

let sut: TestApp;

/** A fresh association per case, so a DELETE in one case cannot change the answer of another. */
async function createWorld(): Promise<World> {
  const admin = await createSignedInUser(sut);
  const member = await createSignedInUser(sut);
  const otherMember = await createUser(sut);
  const outsider = await createSignedInUser(sut);
  const association = await createAssociation(sut, admin, {
    members: [{ user: member.user }, { user: otherMember }],
  });
  const created = await sut.request('POST', `/api/associations/${association.id}/events`, {
    token: admin.accessToken,
    body: event,
  });
  const minute = await sut.request('POST', `/api/associations/${association.id}/minutes`, {
    token: admin.accessToken,
    body: { heldOn: '2026-06-14', content: 'Minutes', voterIds: [member.user.id] },
  });
  const invitation = await sut.request('POST', `/api/associations/${association.id}/invitations`, {
    token: admin.accessToken,
    body: { userId: outsider.user.id },
  });
  return {
    admin,
    member,
    otherMemberId: otherMember.id,
    outsider,
    associationId: association.id,
    eventId: created.body.id,
    minuteId: minute.body.id,
    invitationId: invitation.body.id,
    invitationToken: await tokenFromOutbox(sut, RoutingKey.MembershipInvited, outsider.user.email),
  };
}

describe('authorization matrix', () => {
  beforeAll(async () => {
    sut = await TestApp.start();
  });
  afterAll(() => sut.close());

  it('has a row for every route the app serves under the association prefixes, and no other', async () => {
    const document = await sut.request('GET', '/api/docs-json');
    const served = Object.entries(document.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => PREFIXES.some((prefix) => path.startsWith(prefix)))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(served.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.route).sort()).toEqual(served);
  });

  const cases = rows.flatMap((row) =>
    (Object.keys(row.expected) as Caller[]).map(
      (caller) => [row.route, caller, row.expected[caller], row] as const,
    ),
  );

  it.each(cases)('%s as %s → %i', async (route, caller, expected, row) => {
    const world = await createWorld();
    const token = caller === 'anonymous' ? undefined : world[caller].accessToken;
    const response = await sut.request(route.split(' ')[0], row.path(world), {
      token,
      body: await row.body?.(world),
    });
    expect(response.status).toBe(expected);
    if (expected >= 400)
      expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  describe('access before the body', () => {
    const VALIDATION = 'urn:agora:problem:validation-error';
    const guarded = rows.filter((row) => row.accessBeforeBody);
    const bodies = {
      invalid: (field: string) => ({ [field]: 42, unexpected: true }),
      oversized: (field: string) => ({ [field]: hugeString({}, field, 'a') }),
    };
    let world: World;

    beforeAll(async () => {
      world = await createWorld();
    });

    const cases = guarded.flatMap((row) =>
      (['outsider', 'member', 'admin'] as const).flatMap((caller) =>
        (['invalid', 'oversized'] as const).map((kind) => [row.route, caller, kind, row] as const),
      ),
    );

    it('covers every write route whose access does not depend on the body', () => {
      expect(guarded.map((row) => row.route).sort()).toEqual([
        'PATCH /api/associations/{id}',
        'PATCH /api/associations/{id}/members/{userId}',
        'PATCH /api/associations/{id}/minutes/{minuteId}',
        'PATCH /api/events/{id}',
        'POST /api/associations/{id}/events',
        'POST /api/associations/{id}/invitations',
        'POST /api/associations/{id}/minutes',
        'PUT /api/events/{id}/rsvp',
      ]);
    });

    it.each(cases)('%s as %s with an %s body', async (route, caller, kind, row) => {
      const response = await sut.request(route.split(' ')[0], row.path(world), {
        token: world[caller].accessToken,
        body: bodies[kind](row.accessBeforeBody!),
      });
      // Whoever may write (admins; members too where they answer for themselves) hears about the body.
      const mayWrite = row.expected[caller] < 400;
      expect(response.status).toBe(mayWrite ? 400 : row.expected[caller]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      if (mayWrite) {
        expect(response.body.type).toBe(VALIDATION);
      } else {
        // Nothing about the body reaches someone who may not write here.
        expect(response.body.type).not.toBe(VALIDATION);
        expect(response.body).not.toHaveProperty('errors');
      }
    });

    it.each(guarded.map((row) => [row.route, row] as const))(
      '%s with a malformed id → 400 naming the id',
      async (route, row) => {
        const malformed = { ...world, associationId: 'not-a-uuid', eventId: 'not-a-uuid' };
        const response = await sut.request(route.split(' ')[0], row.path(malformed), {
          token: world.outsider.accessToken,
          body: bodies.invalid(row.accessBeforeBody!),
        });
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
      },
    );
  });
});
