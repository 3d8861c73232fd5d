import { AssociationRole } from '../src/access/association-role';
import { User } from '../src/users/entities/user.entity';
import { accessTokenFor, createSignedInUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

/**
 * An association made over HTTP by `admin`; each of `members` is invited by `admin` and accepts
 * from the app, as people join for real.
 */
export async function createAssociation(
  app: TestApp,
  admin: SignedInUser,
  options: {
    name?: string;
    members?: { user: SignedInUser['user']; role?: AssociationRole; title?: string }[];
  } = {},
): Promise<{ id: string; name: string }> {
  const name = options.name ?? `Club ${Math.random().toString(36).slice(2, 10)}`;
  const created = await app.request('POST', '/api/associations', {
    token: admin.accessToken,
    body: { name },
  });
  if (created.status !== 201)
    throw new Error(`could not create an association: ${JSON.stringify(created.body)}`);
  for (const member of options.members ?? []) {
    await joinByInvitation(app, created.body.id, admin, member.user, {
      role: member.role,
      title: member.title,
    });
  }
  return { id: created.body.id, name };
}

/** `admin` invites `user` by id and `user` accepts from the app. */
export async function joinByInvitation(
  app: TestApp,
  associationId: string,
  admin: Pick<SignedInUser, 'accessToken'>,
  user: Pick<User, 'id'>,
  options: { role?: AssociationRole; title?: string } = {},
): Promise<void> {
  const invited = await app.request('POST', `/api/associations/${associationId}/invitations`, {
    token: admin.accessToken,
    body: { userId: user.id, ...options },
  });
  if (invited.status !== 201)
    throw new Error(`could not invite a member: ${JSON.stringify(invited.body)}`);
  const accepted = await app.request('POST', `/api/me/invitations/${invited.body.id}/accept`, {
    token: await accessTokenFor(app, user),
  });
  if (accepted.status !== 200)
    throw new Error(`the invitation was not accepted: ${JSON.stringify(accepted.body)}`);
}

/** An association with one admin, one member and one signed-in outsider. */
export async function createCast(app: TestApp) {
  const admin = await createSignedInUser(app, { firstName: 'Ada', lastName: 'Admin' });
  const member = await createSignedInUser(app, { firstName: 'Max', lastName: 'Member' });
  const outsider = await createSignedInUser(app, { firstName: 'Olga', lastName: 'Outsider' });
  const association = await createAssociation(app, admin, { members: [{ user: member.user }] });
  return { admin, member, outsider, association };
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
