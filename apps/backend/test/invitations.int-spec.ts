import { RoutingKey } from '@app/contracts';
import { createCast, UNKNOWN_ID } from './associations-fixtures';
import {
  GOOD_PASSWORD,
  logIn,
  newEmail,
  outboxFor,
  registerVerified,
  tokenFromOutbox,
} from './support/accounts';
import { accessTokenFor, createSignedInUser, createUser, SignedInUser } from './support/fixtures';
import { expectProblem } from './support/problems';
import { TestApp } from './support/test-app';

const DAY_MS = 86_400_000;

describe('membership by consent', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await TestApp.start({ INVITATIONS_PER_ASSOCIATION_PER_DAY: '12' });
  });
  afterAll(() => sut.close());

  const invite = (admin: SignedInUser, associationId: string, body: Record<string, unknown>) =>
    sut.request('POST', `/api/associations/${associationId}/invitations`, {
      token: admin.accessToken,
      body,
    });

  async function memberIds(associationId: string, token: string): Promise<string[]> {
    const members = await sut.request('GET', `/api/associations/${associationId}/members`, {
      token,
    });
    return members.body.items.map((item: { userId: string }) => item.userId);
  }

  const preview = async (token: string) =>
    (await sut.request('POST', '/api/invitations/preview', { body: { token } })).body;

  describe('inviting', () => {
    it('answers the same whether or not the address has an account, and mails only the invitee', async () => {
      const { admin, association } = await createCast(sut);
      const registered = await createUser(sut, { firstName: 'Rita', lastName: 'Registered' });
      const stranger = newEmail('stranger');

      const answers = [];
      for (const email of [registered.email, stranger]) {
        const response = await invite(admin, association.id, { email, title: 'Treasurer' });
        expect(response.status).toBe(201);
        answers.push(response.body);
        expect(response.body).toEqual({
          id: expect.any(String),
          role: 'member',
          title: 'Treasurer',
          status: 'pending',
          email,
          invitee: null,
          invitedBy: { id: admin.user.id, firstName: 'Ada', lastName: 'Admin' },
          createdAt: expect.any(String),
          expiresAt: expect.any(String),
        });
        const lifetime = Date.parse(response.body.expiresAt) - Date.parse(response.body.createdAt);
        expect(Math.round(lifetime / DAY_MS)).toBe(14);
      }
      expect(Object.keys(answers[0]).sort()).toEqual(Object.keys(answers[1]).sort());

      const [toRegistered] = await outboxFor(sut, RoutingKey.MembershipInvited, registered.email);
      expect(toRegistered.data).toMatchObject({
        recipient: { email: registered.email, name: 'Rita ' + registered.lastName, locale: 'en' },
        association: { id: association.id, name: association.name },
        invitedBy: 'Ada Admin',
        role: 'member',
        title: 'Treasurer',
      });
      const [toStranger] = await outboxFor(sut, RoutingKey.MembershipInvited, stranger);
      expect(toStranger.data).toMatchObject({ recipient: { email: stranger, name: stranger } });
      // Nobody joined: an invitation is a question.
      expect(await memberIds(association.id, admin.accessToken)).not.toContain(registered.id);
    });

    it('invites a user picked from the directory without ever showing their address', async () => {
      const { admin, association } = await createCast(sut);
      const picked = await createUser(sut, { firstName: 'Pia', lastName: 'Picked' });

      const response = await invite(admin, association.id, { userId: picked.id, role: 'admin' });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        role: 'admin',
        email: null,
        invitee: { id: picked.id, firstName: 'Pia', lastName: 'Picked' },
      });
      const pending = await sut.request('GET', `/api/associations/${association.id}/invitations`, {
        token: admin.accessToken,
      });
      expect(pending.body.items.map((item: { id: string }) => item.id)).toEqual([response.body.id]);
      expect(JSON.stringify([response.body, pending.body])).not.toContain(picked.email);
      expect(await outboxFor(sut, RoutingKey.MembershipInvited, picked.email)).toHaveLength(1);
    });

    it('refuses what would make no sense: neither or both, an unverified user, a member, a second invitation', async () => {
      const { admin, member, association } = await createCast(sut);
      const unverified = await createUser(sut, { emailVerifiedAt: null });
      const email = newEmail();

      for (const body of [
        {},
        { email, userId: member.user.id },
        { email: 'nope' },
        { email, role: 'owner' },
      ]) {
        expectProblem(await invite(admin, association.id, body), 400);
      }
      for (const userId of [unverified.id, UNKNOWN_ID]) {
        const response = await invite(admin, association.id, { userId });
        expectProblem(response, 422);
        expect(response.body.type).toBe('urn:agora:problem:user-not-eligible');
      }
      const already = await invite(admin, association.id, { userId: member.user.id });
      expectProblem(already, 409);
      expect(already.body.type).toBe('urn:agora:problem:already-member');

      expect((await invite(admin, association.id, { email })).status).toBe(201);
      const twice = await invite(admin, association.id, { email: email.toUpperCase() });
      expectProblem(twice, 409);
      expect(twice.body.type).toBe('urn:agora:problem:invitation-pending');
      expect(await outboxFor(sut, RoutingKey.MembershipInvited, email)).toHaveLength(1);
    });

    it('is for admins only', async () => {
      const { member, outsider, association } = await createCast(sut);
      for (const caller of [member, outsider]) {
        expectProblem(await invite(caller, association.id, { email: newEmail() }), 403);
      }
    });

    it('caps the invitations an association sends per day', async () => {
      const { admin, association } = await createCast(sut);
      // createCast already sent one (to its member).
      for (let sent = 1; sent < 12; sent++) {
        expect((await invite(admin, association.id, { email: newEmail() })).status).toBe(201);
      }

      const refused = await invite(admin, association.id, { email: newEmail() });

      expectProblem(refused, 429);
      expect(refused.body.type).toBe('urn:agora:problem:invitation-limit');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
      // Another association is not held back by this one.
      const other = await createCast(sut);
      expect((await invite(other.admin, other.association.id, { email: newEmail() })).status).toBe(
        201,
      );
    });
  });

  describe('answering from the mail', () => {
    it('shows what the invitation is about, and joins only the account of that address', async () => {
      const { admin, association } = await createCast(sut);
      const invitee = await createSignedInUser(sut);
      const someoneElse = await createSignedInUser(sut);
      await invite(admin, association.id, { email: invitee.user.email, title: 'Secretary' });
      const token = await tokenFromOutbox(sut, RoutingKey.MembershipInvited, invitee.user.email);

      expect(await preview(token)).toMatchObject({
        association: { id: association.id, name: association.name },
        role: 'member',
        title: 'Secretary',
        invitedBy: 'Ada Admin',
        email: invitee.user.email,
        status: 'pending',
      });
      const forwarded = await sut.request('POST', '/api/invitations/accept', {
        token: someoneElse.accessToken,
        body: { token },
      });
      expectProblem(forwarded, 403);
      expect(forwarded.body.type).toBe('urn:agora:problem:invitation-for-another-address');
      expect(await memberIds(association.id, admin.accessToken)).not.toContain(someoneElse.user.id);

      const accepted = await sut.request('POST', '/api/invitations/accept', {
        token: invitee.accessToken,
        body: { token },
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toEqual({
        associationId: association.id,
        associationName: association.name,
        role: 'member',
        title: 'Secretary',
      });
      const again = await sut.request('POST', '/api/invitations/accept', {
        token: invitee.accessToken,
        body: { token },
      });
      expect(again.status).toBe(200);
      const members = await sut.request('GET', `/api/associations/${association.id}/members`, {
        token: admin.accessToken,
      });
      expect(members.body.items).toContainEqual(
        expect.objectContaining({ userId: invitee.user.id, role: 'member', title: 'Secretary' }),
      );
      expect((await preview(token)).status).toBe('accepted');
    });

    it('lets someone without an account register with that address and then join', async () => {
      const { admin, association } = await createCast(sut);
      const email = newEmail('newcomer');
      await invite(admin, association.id, { email });

      await registerVerified(sut, { email, firstName: 'Nina' });
      const { accessToken } = await logIn(sut, email, GOOD_PASSWORD);
      const mine = await sut.request('GET', '/api/me/invitations', { token: accessToken });
      expect(mine.body.items).toEqual([
        expect.objectContaining({
          association: { id: association.id, name: association.name },
          invitedBy: 'Ada Admin',
        }),
      ]);
      const joined = await sut.request(
        'POST',
        `/api/me/invitations/${mine.body.items[0].id}/accept`,
        {
          token: accessToken,
        },
      );

      expect(joined.status).toBe(200);
      const association_ = await sut.request('GET', `/api/associations/${association.id}`, {
        token: accessToken,
      });
      expect(association_.body.myRole).toBe('member');
      expect(
        (await sut.request('GET', '/api/me/invitations', { token: accessToken })).body.total,
      ).toBe(0);
    });

    it('declines without logging in, and "don\'t invite me again" holds', async () => {
      const { admin, association } = await createCast(sut);
      const email = newEmail();
      await invite(admin, association.id, { email });
      const token = await tokenFromOutbox(sut, RoutingKey.MembershipInvited, email);

      const declined = await sut.request('POST', '/api/invitations/decline', {
        body: { token, block: true },
      });

      expect(declined.status).toBe(204);
      expect((await preview(token)).status).toBe('declined');
      const accept = await sut.request('POST', '/api/invitations/accept', {
        token: await accessTokenFor(sut, await createUser(sut, { email })),
        body: { token },
      });
      expectProblem(accept, 409);
      expect(accept.body).toMatchObject({
        type: 'urn:agora:problem:invitation-closed',
        invitationStatus: 'declined',
      });
      const again = await invite(admin, association.id, { email });
      expectProblem(again, 409);
      expect(again.body.type).toBe('urn:agora:problem:invitation-blocked');
      expect(await outboxFor(sut, RoutingKey.MembershipInvited, email)).toHaveLength(1);
      // The block is this association's only.
      const other = await createCast(sut);
      expect((await invite(other.admin, other.association.id, { email })).status).toBe(201);
    });

    it('answers an unknown token 404 and a malformed one 400', async () => {
      expectProblem(
        await sut.request('POST', '/api/invitations/preview', { body: { token: 'x'.repeat(43) } }),
        404,
      );
      expectProblem(
        await sut.request('POST', '/api/invitations/decline', { body: { token: 'x'.repeat(43) } }),
        404,
      );
      expectProblem(
        await sut.request('POST', '/api/invitations/preview', { body: { token: 'x'.repeat(300) } }),
        400,
      );
      expectProblem(
        await sut.request('POST', '/api/invitations/decline', {
          body: { token: 'abc', block: 'yes' },
        }),
        400,
      );
    });
  });

  describe('closing', () => {
    it('a revoked invitation leaves the pending list and can no longer be accepted', async () => {
      const { admin, association } = await createCast(sut);
      const invitee = await createSignedInUser(sut);
      const created = await invite(admin, association.id, { userId: invitee.user.id });
      const path = `/api/associations/${association.id}/invitations`;

      expect(
        (await sut.request('DELETE', `${path}/${created.body.id}`, { token: admin.accessToken }))
          .status,
      ).toBe(204);

      expectProblem(
        await sut.request('DELETE', `${path}/${created.body.id}`, { token: admin.accessToken }),
        404,
      );
      expect((await sut.request('GET', path, { token: admin.accessToken })).body.total).toBe(0);
      const accept = await sut.request('POST', `/api/me/invitations/${created.body.id}/accept`, {
        token: invitee.accessToken,
      });
      expectProblem(accept, 409);
      expect(accept.body.detail).toBe('This invitation was already revoked.');
      expect(
        (await sut.request('GET', '/api/me/invitations', { token: invitee.accessToken })).body
          .total,
      ).toBe(0);
      // Revoking closes one invitation, not the door: the person can be invited again.
      expect((await invite(admin, association.id, { userId: invitee.user.id })).status).toBe(201);
    });

    it('an expired invitation cannot be accepted, and the person can be invited again', async () => {
      const { admin, association } = await createCast(sut);
      const invitee = await createSignedInUser(sut);
      const created = await invite(admin, association.id, { userId: invitee.user.id });
      await sut.dataSource.query(
        `UPDATE invitations SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`,
        [created.body.id],
      );

      const accept = await sut.request('POST', `/api/me/invitations/${created.body.id}/accept`, {
        token: invitee.accessToken,
      });

      expectProblem(accept, 409);
      expect(accept.body.invitationStatus).toBe('expired');
      expect(accept.body.detail).toMatch(/expired/);
      expect(await memberIds(association.id, admin.accessToken)).not.toContain(invitee.user.id);
      expect((await invite(admin, association.id, { userId: invitee.user.id })).status).toBe(201);
    });

    it("someone else's invitation is not found from the app", async () => {
      const { admin, member, association } = await createCast(sut);
      const invitee = await createSignedInUser(sut);
      const created = await invite(admin, association.id, { userId: invitee.user.id });

      for (const action of ['accept', 'decline']) {
        expectProblem(
          await sut.request('POST', `/api/me/invitations/${created.body.id}/${action}`, {
            token: member.accessToken,
          }),
          404,
        );
      }
      expect(
        (await sut.request('GET', '/api/me/invitations', { token: member.accessToken })).body.total,
      ).toBe(0);
    });
  });

  it('event mail reaches members who accepted, never those still invited', async () => {
    const { admin, member, association } = await createCast(sut);
    const invitee = await createSignedInUser(sut);
    const created = await invite(admin, association.id, { userId: invitee.user.id });
    const recipientsOf = async (routingKey: string) => {
      const [row] = await sut.dataSource.query(
        `SELECT payload FROM outbox WHERE routing_key = $1 AND payload->'data'->'association'->>'id' = $2
          ORDER BY created_at DESC LIMIT 1`,
        [routingKey, association.id],
      );
      return (row.payload.data.recipients as { email: string }[]).map((r) => r.email).sort();
    };

    const event = await sut.request('POST', `/api/associations/${association.id}/events`, {
      token: admin.accessToken,
      body: {
        title: 'Assembly',
        startsAt: '2031-03-01T18:00:00Z',
        endsAt: '2031-03-01T20:00:00Z',
        timeZone: 'Europe/Paris',
      },
    });
    expect(await recipientsOf(RoutingKey.EventCreated)).toEqual(
      [admin.user.email, member.user.email].sort(),
    );

    await sut.request('POST', `/api/me/invitations/${created.body.id}/accept`, {
      token: invitee.accessToken,
    });
    await sut.request('PATCH', `/api/events/${event.body.id}`, {
      token: admin.accessToken,
      body: { location: 'Town hall' },
    });
    expect(await recipientsOf(RoutingKey.EventUpdated)).toEqual(
      [admin.user.email, member.user.email, invitee.user.email].sort(),
    );
  });
});
