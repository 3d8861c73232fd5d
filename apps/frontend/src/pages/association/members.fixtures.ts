import type { components } from '../../api/schema';
import { json, ME, type SeenRequest } from '../../test/api-stub';

type Member = components['schemas']['MemberDto'];
type MemberPage = components['schemas']['MemberPage'];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** `count` members: me (an admin) first, then Inès Lefèvre, then numbered namesakes. */
export function manyMembers(count: number): Member[] {
  const member = (index: number, firstName: string, lastName: string): Member => ({
    userId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    firstName,
    lastName,
    role: 'member',
    title: null,
    joinedAt: '2026-01-02T00:00:00.000Z',
  });
  return [
    { ...member(1, 'Ada', 'Lovelace'), userId: ME.id, role: 'admin', title: 'President' },
    { ...member(2, 'Inès', 'Lefèvre'), title: 'Treasurer' },
    ...Array.from({ length: count - 2 }, (_, index) =>
      member(index + 3, 'Jean', `Martin ${String(index + 1).padStart(3, '0')}`),
    ),
  ];
}

/**
 * `GET /api/associations/:id/members` as the server answers it: `q` matched ignoring case and
 * accents, then paged.
 */
export function membersEndpoint(members: Member[]) {
  return (request: SeenRequest) => {
    const params = new URLSearchParams(request.search);
    const q = fold(params.get('q') ?? '');
    const page = Number(params.get('page') ?? 1);
    const pageSize = Number(params.get('pageSize') ?? 20);
    const found = members.filter((member) =>
      fold(`${member.firstName} ${member.lastName}`).includes(q),
    );
    const body: MemberPage = {
      items: found.slice((page - 1) * pageSize, page * pageSize),
      total: found.length,
      page,
      pageSize,
    };
    return json(200, body);
  };
}
