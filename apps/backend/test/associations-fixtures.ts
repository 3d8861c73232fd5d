import { AssociationRole } from '../src/access/association-role';
import { createSignedInUser, SignedInUser } from './support/fixtures';
import { TestApp } from './support/test-app';

/** An association made over HTTP by `admin`, with `members` added to it over HTTP. */
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
    const added = await app.request('POST', `/api/associations/${created.body.id}/members`, {
      token: admin.accessToken,
      body: { userId: member.user.id, role: member.role, title: member.title },
    });
    if (added.status !== 201)
      throw new Error(`could not add a member: ${JSON.stringify(added.body)}`);
  }
  return { id: created.body.id, name };
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
