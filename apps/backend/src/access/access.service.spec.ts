import { DataSource, EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import { AdminsOnly, AssociationNotFound } from './access-problems';
import { AccessService, Permission } from './access.service';
import { AssociationRole } from './association-role';

/** The rules alone: the row the access query would return is given directly. */
function sutWith(row: { id: string; name: string; role: AssociationRole | null } | undefined) {
  const manager = { query: async () => (row ? [row] : []) } as unknown as EntityManager;
  return new AccessService({ manager } as unknown as DataSource);
}

const association = { id: 'a1', name: 'Chess club' };
type Outcome = 'allowed' | 403 | 404;

const table: [Permission, AssociationRole | null, Outcome][] = [
  ['association:view', null, 'allowed'],
  ['association:view', 'member', 'allowed'],
  ['association:view', 'admin', 'allowed'],
  ['association:manage', null, 403],
  ['association:manage', 'member', 403],
  ['association:manage', 'admin', 'allowed'],
  ['content:view', null, 404],
  ['content:view', 'member', 'allowed'],
  ['content:view', 'admin', 'allowed'],
  ['content:manage', null, 404],
  ['content:manage', 'member', 403],
  ['content:manage', 'admin', 'allowed'],
];

describe('AccessService', () => {
  it.each(table)('%s for role %s → %s', async (permission, role, outcome) => {
    const sut = sutWith({ ...association, role });
    const result = sut.require('u1', 'a1', permission);
    if (outcome === 'allowed')
      await expect(result).resolves.toEqual({
        associationId: 'a1',
        associationName: 'Chess club',
        role,
      });
    else await expect(result).rejects.toMatchObject({ status: outcome });
  });

  it('answers a missing association and a hidden one alike', async () => {
    const missing = await sutWith(undefined)
      .require('u1', 'a1', 'content:view')
      .catch((error: Error) => error);
    const hidden = await sutWith({ ...association, role: null })
      .require('u1', 'a1', 'content:view')
      .catch((error: Error) => error);
    expect(missing).toBeInstanceOf(AssociationNotFound);
    expect(hidden).toEqual(missing);
    expect((hidden as ProblemException).detail).toBe((missing as ProblemException).detail);
  });

  it('throws what the caller chose instead of "no such association"', async () => {
    class EventNotFound extends Error {}
    await expect(
      sutWith({ ...association, role: null }).require('u1', 'a1', 'content:view', {
        notFound: () => new EventNotFound(),
      }),
    ).rejects.toBeInstanceOf(EventNotFound);
  });

  it('tells members and outsiders alike that only admins may manage', async () => {
    await expect(
      sutWith({ ...association, role: 'member' }).require('u1', 'a1', 'content:manage'),
    ).rejects.toBeInstanceOf(AdminsOnly);
    await expect(
      sutWith({ ...association, role: null }).require('u1', 'a1', 'association:manage'),
    ).rejects.toBeInstanceOf(AdminsOnly);
  });

  class EventNotFound extends Error {}
  const throughEvent: [AssociationRole | null | 'no event', 'allowed' | (new () => Error)][] = [
    ['admin', 'allowed'],
    ['member', AdminsOnly],
    [null, EventNotFound],
    ['no event', EventNotFound],
  ];

  it.each(throughEvent)(
    'applies the same rules through an event: %s → %p, a missing event like a hidden one',
    async (role, outcome) => {
      const sut = sutWith(role === 'no event' ? undefined : { ...association, role });
      const result = sut.requireThroughEvent(
        'u1',
        'e1',
        'content:manage',
        () => new EventNotFound(),
      );
      if (outcome === 'allowed')
        await expect(result).resolves.toEqual({
          associationId: 'a1',
          associationName: 'Chess club',
          role,
        });
      else await expect(result).rejects.toBeInstanceOf(outcome);
    },
  );
});
