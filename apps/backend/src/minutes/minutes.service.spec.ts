import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { FakeDataSource } from '../../test/support/fake-data-source';
import { AccessService } from '../access/access.service';
import { AssociationRole } from '../access/association-role';
import { MinuteDto } from './dto/minute.dto';
import { VotersNotMembers } from './minute-problems';
import { AppConfig } from '../config/app-config';
import { MinutesRepository, MinuteValues } from './minutes.repository';
import { MinutesService } from './minutes.service';

const ASSOCIATION = { id: '0b6a44f1-7c2d-4e55-9a38-2d3c1a7e9f01', name: 'Chess Club' };
const ADMIN = 'a0000000-0000-4000-8000-000000000001';
const MEMBER = 'a0000000-0000-4000-8000-000000000002';
const OUTSIDER = 'a0000000-0000-4000-8000-000000000003';
const ROLES: Record<string, AssociationRole> = { [ADMIN]: 'admin', [MEMBER]: 'member' };

interface FakeRow extends Required<MinuteValues> {
  associationId: string;
  deleted: boolean;
}

/**
 * Minutes and their voters in memory; the members are those of ROLES. A deleted row can always
 * be restored here: the undo window is the database's clock, tested against PostgreSQL.
 */
class FakeMinutesRepository implements Pick<
  MinutesRepository,
  'findOne' | 'nonMembers' | 'insert' | 'update' | 'replaceVoters' | 'markDeleted' | 'restore'
> {
  readonly rows = new Map<string, FakeRow>();
  readonly voters = new Map<string, string[]>();
  membershipChecks = 0;

  async findOne(
    _manager: EntityManager,
    associationId: string,
    id: string,
  ): Promise<MinuteDto | undefined> {
    const row = this.rows.get(id);
    if (!row || row.associationId !== associationId || row.deleted) return undefined;
    const at = new Date('2026-06-15T00:00:00Z');
    return {
      id,
      associationId: row.associationId,
      heldOn: row.heldOn,
      title: row.title,
      kind: row.kind,
      content: row.content,
      voters: (this.voters.get(id) ?? []).map((userId) => ({
        userId,
        firstName: 'F',
        lastName: 'L',
      })),
      createdAt: at,
      updatedAt: at,
    };
  }

  async nonMembers(
    _manager: EntityManager,
    _associationId: string,
    userIds: string[],
  ): Promise<string[]> {
    this.membershipChecks += 1;
    return userIds.filter((id) => !ROLES[id]).sort();
  }

  async insert(
    _manager: EntityManager,
    associationId: string,
    _createdBy: string,
    values: MinuteValues,
  ): Promise<string> {
    const id = randomUUID();
    this.rows.set(id, {
      associationId,
      heldOn: values.heldOn,
      title: values.title ?? null,
      kind: values.kind ?? 'general-assembly',
      content: values.content,
      deleted: false,
    });
    return id;
  }

  async update(_manager: EntityManager, id: string, changes: Partial<MinuteValues>): Promise<void> {
    const row = this.rows.get(id)!;
    this.rows.set(id, {
      ...row,
      heldOn: changes.heldOn ?? row.heldOn,
      content: changes.content ?? row.content,
      kind: changes.kind ?? row.kind,
      title: changes.title === undefined ? row.title : changes.title,
    });
  }

  async replaceVoters(_manager: EntityManager, id: string, voterIds: string[]): Promise<void> {
    this.voters.set(id, [...voterIds]);
  }

  async markDeleted(_manager: EntityManager, id: string): Promise<void> {
    this.rows.get(id)!.deleted = true;
  }

  async restore(_manager: EntityManager, associationId: string, id: string): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.associationId !== associationId || !row.deleted) return false;
    row.deleted = false;
    return true;
  }
}

/** The access query answers with the caller's role in the one association there is. */
function fakeDataSource(): { database: FakeDataSource; accessQueries: string[] } {
  const accessQueries: string[] = [];
  const database = new FakeDataSource(async (sql, [associationId, userId]) => {
    accessQueries.push(sql);
    return associationId === ASSOCIATION.id
      ? [{ ...ASSOCIATION, role: ROLES[String(userId)] ?? null }]
      : [];
  });
  return { database, accessQueries };
}

function setup() {
  const { database, accessQueries } = fakeDataSource();
  const minutes = new FakeMinutesRepository();
  const sut = new MinutesService(
    database.dataSource,
    new AccessService(database.dataSource),
    minutes as unknown as MinutesRepository,
    AppConfig.fromEnvironment({}),
  );
  return { sut, minutes, accessQueries };
}

const as = (id: string) => ({ id });
const assembly = { heldOn: '2026-06-14', content: 'We elected a treasurer.', voterIds: [ADMIN] };

describe('MinutesService', () => {
  describe('create', () => {
    it('records the minutes and their voters, with the association locked meanwhile', async () => {
      const { sut, accessQueries } = setup();

      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, {
        ...assembly,
        voterIds: [ADMIN, MEMBER],
      });

      expect(minute).toMatchObject({
        associationId: ASSOCIATION.id,
        heldOn: '2026-06-14',
        content: 'We elected a treasurer.',
      });
      expect(minute.voters.map((voter) => voter.userId)).toEqual([ADMIN, MEMBER]);
      expect(accessQueries[0]).toContain('FOR UPDATE');
    });

    it('refuses voters who are not members, naming each, and writes nothing', async () => {
      const { sut, minutes } = setup();
      const strangers = [OUTSIDER, 'a0000000-0000-4000-8000-000000000009'];

      const refusal = await sut
        .create(as(ADMIN), ASSOCIATION.id, { ...assembly, voterIds: [MEMBER, ...strangers] })
        .catch((error: unknown) => error);

      expect(refusal).toMatchObject({
        status: 422,
        slug: 'voters-not-members',
        extensions: {
          invalidVoterIds: [...strangers].sort(),
          errors: [{ field: 'voterIds', message: expect.stringContaining(OUTSIDER) }],
        },
      });
      expect(minutes.rows.size).toBe(0);
    });

    it('names the first ten strangers in the detail and counts the others', async () => {
      const { sut } = setup();
      const strangers = Array.from(
        { length: 12 },
        (_, index) => `b0000000-0000-4000-8000-0000000000${String(index).padStart(2, '0')}`,
      );

      const refusal = (await sut
        .create(as(ADMIN), ASSOCIATION.id, { ...assembly, voterIds: strangers })
        .catch((error: unknown) => error)) as VotersNotMembers;

      expect(refusal.detail).toContain(strangers[9]);
      expect(refusal.detail).not.toContain(strangers[10]);
      expect(refusal.detail).toContain('and 2 more');
      expect(refusal.extensions.invalidVoterIds).toHaveLength(12);
      expect(refusal).toBeInstanceOf(VotersNotMembers);
    });

    it('accepts minutes without voters without asking who is a member', async () => {
      const { sut, minutes } = setup();

      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, { ...assembly, voterIds: [] });

      expect(minute.voters).toEqual([]);
      expect(minutes.membershipChecks).toBe(0);
    });

    it('lets members read but not write: 403, and outsiders get 404', async () => {
      const { sut, minutes } = setup();

      await expect(sut.create(as(MEMBER), ASSOCIATION.id, assembly)).rejects.toMatchObject({
        status: 403,
        detail: 'Only an admin of this association may do this.',
      });
      await expect(sut.create(as(OUTSIDER), ASSOCIATION.id, assembly)).rejects.toMatchObject({
        status: 404,
      });
      expect(minutes.rows.size).toBe(0);
    });
  });

  describe('get', () => {
    it('shows minutes to a member and hides them from an outsider', async () => {
      const { sut } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);

      await expect(sut.get(as(MEMBER), ASSOCIATION.id, minute.id)).resolves.toMatchObject({
        id: minute.id,
      });
      await expect(sut.get(as(OUTSIDER), ASSOCIATION.id, minute.id)).rejects.toMatchObject({
        status: 404,
        detail: 'No such association, or you may not see it.',
      });
    });

    it('answers 404 for minutes of another association or none at all', async () => {
      const { sut, minutes } = setup();
      const elsewhere = randomUUID();
      minutes.rows.set(elsewhere, {
        associationId: randomUUID(),
        heldOn: '2026-01-01',
        title: null,
        kind: 'board',
        content: 'x',
        deleted: false,
      });

      for (const id of [elsewhere, randomUUID()]) {
        await expect(sut.get(as(MEMBER), ASSOCIATION.id, id)).rejects.toMatchObject({
          status: 404,
          slug: 'not-found',
          detail: 'No such minutes in this association.',
        });
      }
    });
  });

  describe('update', () => {
    it('keeps the voters when voterIds is left out', async () => {
      const { sut, minutes } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);
      const checksAfterCreate = minutes.membershipChecks;

      const updated = await sut.update(as(ADMIN), ASSOCIATION.id, minute.id, {
        content: 'Corrected.',
      });

      expect(updated).toMatchObject({ content: 'Corrected.', heldOn: '2026-06-14' });
      expect(updated.voters.map((voter) => voter.userId)).toEqual([ADMIN]);
      expect(minutes.membershipChecks).toBe(checksAfterCreate);
    });

    it('replaces the voters only with members', async () => {
      const { sut } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);

      await expect(
        sut.update(as(ADMIN), ASSOCIATION.id, minute.id, { voterIds: [OUTSIDER] }),
      ).rejects.toMatchObject({ status: 422, extensions: { invalidVoterIds: [OUTSIDER] } });
      const replaced = await sut.update(as(ADMIN), ASSOCIATION.id, minute.id, {
        voterIds: [MEMBER],
      });

      expect(replaced.voters.map((voter) => voter.userId)).toEqual([MEMBER]);
    });

    it('answers 404 for unknown minutes and changes nothing', async () => {
      const { sut, minutes } = setup();

      await expect(
        sut.update(as(ADMIN), ASSOCIATION.id, randomUUID(), { content: 'x' }),
      ).rejects.toMatchObject({ status: 404, detail: 'No such minutes in this association.' });
      expect(minutes.rows.size).toBe(0);
    });

    it('refuses a member', async () => {
      const { sut, minutes } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);

      await expect(
        sut.update(as(MEMBER), ASSOCIATION.id, minute.id, { content: 'Rewritten' }),
      ).rejects.toMatchObject({ status: 403 });
      expect(minutes.rows.get(minute.id)!.content).toBe('We elected a treasurer.');
    });
  });

  describe('delete', () => {
    it('lets an admin delete minutes, and answers 404 the second time', async () => {
      const { sut } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);

      await sut.delete(as(ADMIN), ASSOCIATION.id, minute.id);

      await expect(sut.get(as(ADMIN), ASSOCIATION.id, minute.id)).rejects.toMatchObject({
        status: 404,
      });
      await expect(sut.delete(as(ADMIN), ASSOCIATION.id, minute.id)).rejects.toMatchObject({
        status: 404,
      });
    });

    it('lets an admin undo the deletion, and refuses a member', async () => {
      const { sut } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);
      await sut.delete(as(ADMIN), ASSOCIATION.id, minute.id);

      await expect(sut.restore(as(MEMBER), ASSOCIATION.id, minute.id)).rejects.toMatchObject({
        status: 403,
      });
      await expect(sut.restore(as(ADMIN), ASSOCIATION.id, minute.id)).resolves.toMatchObject({
        id: minute.id,
        content: assembly.content,
      });
      await expect(sut.get(as(MEMBER), ASSOCIATION.id, minute.id)).resolves.toMatchObject({
        id: minute.id,
      });
    });

    it('refuses a member', async () => {
      const { sut, minutes } = setup();
      const minute = await sut.create(as(ADMIN), ASSOCIATION.id, assembly);

      await expect(sut.delete(as(MEMBER), ASSOCIATION.id, minute.id)).rejects.toMatchObject({
        status: 403,
      });
      expect(minutes.rows.get(minute.id)!.deleted).toBe(false);
    });
  });
});
