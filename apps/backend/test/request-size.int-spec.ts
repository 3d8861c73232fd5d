import { BODY_LIMIT_BYTES } from '../src/bootstrap';
import { createCast } from './associations-fixtures';
import { HEADROOM, hugeString } from './support/bodies';
import { HttpResponse, TestApp } from './support/test-app';

/** Distinct numbers (not UUIDs) until the JSON body is just under the limit. */
function hugeNumberArray(body: Record<string, unknown>, field: string): number[] {
  const values: number[] = [];
  let bytes = JSON.stringify({ ...body, [field]: [] }).length;
  for (let value = 100_000; bytes < BODY_LIMIT_BYTES - HEADROOM; value++) {
    values.push(value);
    bytes += String(value).length + 1;
  }
  return values;
}

function expectOnlySizeError(response: HttpResponse, field: string, sizeMessage: RegExp) {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body.type).toBe('urn:agora:problem:validation-error');
  expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(sizeMessage) }]);
}

const TOO_LONG =
  /must be shorter than or equal to \d+ characters|must be at most \d+ characters|must be between 1 and \d+ bytes/;
const TOO_MANY = /must contain no more than \d+ elements/;

interface Case {
  method: string;
  path: string;
  base: Record<string, unknown>;
  field: string;
  /** A string made of this unit, or an array of numbers. */
  unit?: string;
  token: 'admin' | 'none';
}

describe('request cost is bounded by size rules checked first', () => {
  let sut: TestApp;
  let cases: Case[];
  let adminToken: string;

  beforeAll(async () => {
    sut = await TestApp.start();
    const { admin, member, association } = await createCast(sut);
    adminToken = admin.accessToken;
    const association_ = `/api/associations/${association.id}`;
    const event = await sut.request('POST', `${association_}/events`, {
      token: adminToken,
      body: {
        title: 'Assembly',
        startsAt: '2027-03-01T18:30:00+01:00',
        endsAt: '2027-03-01T20:30:00+01:00',
        timeZone: 'Europe/Paris',
      },
    });
    const minute = await sut.request('POST', `${association_}/minutes`, {
      token: adminToken,
      body: { heldOn: '2026-04-11', content: 'Adopted.', voterIds: [] },
    });
    expect([event.status, minute.status]).toEqual([201, 201]);
    const eventBody = {
      title: 'Assembly',
      startsAt: '2027-03-01T18:30:00+01:00',
      endsAt: '2027-03-01T20:30:00+01:00',
      timeZone: 'Europe/Paris',
    };
    const password = 'violet kettle orbit 42';
    // Tabs are control characters and blanks, so the per-character rules would object too.
    cases = [
      {
        method: 'POST',
        path: '/api/auth/register',
        base: { password, firstName: 'A', lastName: 'B' },
        field: 'email',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/register',
        base: { email: 'a@example.org', password, lastName: 'B' },
        field: 'firstName',
        unit: '\t',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/verify',
        base: {},
        field: 'token',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/resend-verification',
        base: {},
        field: 'email',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/login',
        base: { password },
        field: 'email',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/password-reset',
        base: {},
        field: 'email',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'POST',
        path: '/api/auth/password-reset/confirm',
        base: { token: 'abc' },
        field: 'password',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'PATCH',
        path: '/api/users/me',
        base: {},
        field: 'lastName',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: '/api/users/me/password',
        base: { newPassword: password },
        field: 'currentPassword',
        unit: 'a',
        token: 'admin',
      },
      {
        method: 'DELETE',
        path: '/api/users/me',
        base: {},
        field: 'password',
        unit: 'a',
        token: 'admin',
      },
      {
        method: 'POST',
        path: '/api/associations',
        base: {},
        field: 'name',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: '/api/associations',
        base: { name: 'Club' },
        field: 'description',
        unit: 'a',
        token: 'admin',
      },
      { method: 'PATCH', path: association_, base: {}, field: 'name', unit: '\t', token: 'admin' },
      {
        method: 'POST',
        path: `${association_}/invitations`,
        base: {},
        field: 'email',
        unit: 'a',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/invitations`,
        base: { email: 'someone@example.org' },
        field: 'title',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: '/api/invitations/decline',
        base: {},
        field: 'token',
        unit: 'a',
        token: 'none',
      },
      {
        method: 'PATCH',
        path: `${association_}/members/${member.user.id}`,
        base: {},
        field: 'title',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/minutes`,
        base: { heldOn: '2026-04-11', content: 'x' },
        field: 'voterIds',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/minutes`,
        base: { heldOn: '2026-04-11', voterIds: [] },
        field: 'content',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/minutes`,
        base: { content: 'x', voterIds: [] },
        field: 'heldOn',
        unit: '1',
        token: 'admin',
      },
      {
        method: 'PATCH',
        path: `${association_}/minutes/${minute.body.id}`,
        base: {},
        field: 'voterIds',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/events`,
        base: { ...eventBody, title: undefined },
        field: 'title',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/events`,
        base: eventBody,
        field: 'location',
        unit: '\t',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/events`,
        base: eventBody,
        field: 'timeZone',
        unit: 'a',
        token: 'admin',
      },
      {
        method: 'POST',
        path: `${association_}/events`,
        base: eventBody,
        field: 'startsAt',
        unit: '1',
        token: 'admin',
      },
      {
        method: 'PATCH',
        path: `/api/events/${event.body.id}`,
        base: {},
        field: 'description',
        unit: 'a',
        token: 'admin',
      },
      {
        method: 'PUT',
        path: `/api/events/${event.body.id}/rsvp`,
        base: {},
        field: 'answer',
        unit: 'a',
        token: 'admin',
      },
      { method: 'POST', path: '/api/rsvp', base: { token: 'abc' }, field: 'answer', unit: 'a', token: 'none' },
      { method: 'POST', path: '/api/rsvp', base: { answer: 'accepted' }, field: 'token', unit: 'a', token: 'none' },
      { method: 'POST', path: '/api/rsvp/preview', base: {}, field: 'token', unit: 'a', token: 'none' },
    ];
  });
  afterAll(() => sut.close());

  const send = ({ method, path, base, field, unit, token }: Case) => {
    const body = {
      ...base,
      [field]: unit === undefined ? hugeNumberArray(base, field) : hugeString(base, field, unit),
    };
    const text = JSON.stringify(body);
    expect(text.length).toBeGreaterThan(BODY_LIMIT_BYTES - 2 * HEADROOM);
    expect(text.length).toBeLessThanOrEqual(BODY_LIMIT_BYTES);
    return sut.request(method, path, {
      body: text,
      token: token === 'admin' ? adminToken : undefined,
      headers: { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250) + 1}` },
    });
  };

  it('refuses a body of huge strings and arrays on every write route with the size rule alone', async () => {
    for (const testCase of cases) {
      const response = await send(testCase);
      const what = `${testCase.method} ${testCase.path} ${testCase.field}`;
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
      expectOnlySizeError(
        response,
        testCase.field,
        testCase.unit === undefined ? TOO_MANY : TOO_LONG,
      );
    }
  });

  it('answers the health check while it refuses 150 000 voters', async () => {
    const voters = cases.find((testCase) => testCase.field === 'voterIds')!;
    const [refused, health] = await Promise.all([send(voters), sut.request('GET', '/api/health')]);
    expectOnlySizeError(refused, 'voterIds', TOO_MANY);
    expect(health.status).toBe(200);
  });
});
