import { json, ME, problem, signedIn } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import AssociationPage from './AssociationPage';

export const ASSOCIATION_ID = '00000000-0000-4000-8000-0000000000aa';
export const OTHER = {
  userId: '00000000-0000-4000-8000-000000000002',
  firstName: 'Charles',
  lastName: 'Babbage',
  role: 'member',
  title: null,
  joinedAt: '2026-01-02T00:00:00.000Z',
};
export const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, pageSize: 100 });

/**
 * An association, its members and, for admins, its pending invitations, as the server answers them
 * (`invitations` is read at each request: a test may change it between two).
 */
export function association(myRole: 'admin' | 'member' | null, invitations: unknown[] = []) {
  const me = {
    userId: ME.id,
    firstName: 'Ada',
    lastName: 'Lovelace',
    role: myRole ?? 'member',
    title: 'President',
    joinedAt: '2026-01-01T00:00:00.000Z',
  };
  return {
    ...signedIn(),
    [`GET /api/associations/${ASSOCIATION_ID}`]: () =>
      json(200, {
        id: ASSOCIATION_ID,
        name: 'Chess Club',
        description: 'Weekly games',
        memberCount: 2,
        myRole,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
    [`GET /api/associations/${ASSOCIATION_ID}/members`]: () => json(200, page([me, OTHER])),
    [`GET /api/associations/${ASSOCIATION_ID}/invitations`]: () =>
      myRole === 'admin' ? json(200, page(invitations)) : problem(403),
  };
}

export const open = (url = `/associations/${ASSOCIATION_ID}`) =>
  renderRoute(<AssociationPage />, { path: '/associations/:associationId', url, signedIn: true });
