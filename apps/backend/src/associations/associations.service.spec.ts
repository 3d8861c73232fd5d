import { randomUUID } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';
import { FakeDataSource } from '../../test/support/fake-data-source';
import { Access, AccessService } from '../access/access.service';
import { AssociationRole } from '../access/association-role';
import { EventsService } from '../events/events.service';
import { AssociationsRepository } from './associations.repository';
import { AssociationsService } from './associations.service';
import { AssociationDto } from './dto/association.dto';
import { MemberDto } from './dto/member.dto';

const ADA = 'a0000000-0000-4000-8000-000000000001';
const BLAISE = 'a0000000-0000-4000-8000-000000000002';
const CAROL = 'a0000000-0000-4000-8000-000000000003';

function uniqueViolation(constraint: string): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value'), {
    code: '23505',
    constraint,
  });
  return new QueryFailedError('INSERT …', [], driverError);
}

/** Associations and memberships in memory; `failNextWrite` plays a constraint PostgreSQL enforces. */
class FakeAssociationsRepository implements Pick<
  AssociationsRepository,
  | 'insert'
  | 'update'
  | 'delete'
  | 'findOne'
  | 'findMember'
  | 'insertMember'
  | 'updateMember'
  | 'deleteMember'
  | 'countAdmins'
  | 'lockAssociationsWhereOnlyAdmin'
> {
  readonly associations = new Map<string, { name: string; description: string | null }>();
  readonly memberships = new Map<
    string,
    Map<string, { role: AssociationRole; title: string | null }>
  >();
  failNextWrite: Error | undefined;

  membersOf(associationId: string) {
    let members = this.memberships.get(associationId);
    if (!members) this.memberships.set(associationId, (members = new Map()));
    return members;
  }

  private write() {
    const failure = this.failNextWrite;
    this.failNextWrite = undefined;
    if (failure) throw failure;
  }

  async insert(
    _m: EntityManager,
    values: { name: string; description: string | null },
  ): Promise<string> {
    this.write();
    const id = randomUUID();
    this.associations.set(id, values);
    return id;
  }

  async update(
    _m: EntityManager,
    id: string,
    changes: { name?: string; description?: string | null },
  ): Promise<void> {
    this.write();
    const current = this.associations.get(id)!;
    this.associations.set(id, {
      name: changes.name ?? current.name,
      description: changes.description === undefined ? current.description : changes.description,
    });
  }

  async delete(_m: EntityManager, id: string): Promise<void> {
    this.associations.delete(id);
    this.memberships.delete(id);
  }

  async findOne(
    _m: EntityManager,
    id: string,
    viewerId: string,
  ): Promise<AssociationDto | undefined> {
    const association = this.associations.get(id);
    if (!association) return undefined;
    const at = new Date('2026-01-01T00:00:00Z');
    return {
      id,
      ...association,
      memberCount: this.membersOf(id).size,
      myRole: this.membersOf(id).get(viewerId)?.role ?? null,
      createdAt: at,
      updatedAt: at,
    };
  }

  async findMember(
    _m: EntityManager,
    associationId: string,
    userId: string,
  ): Promise<MemberDto | undefined> {
    const membership = this.membersOf(associationId).get(userId);
    if (!membership) return undefined;
    const member: MemberDto = {
      userId,
      firstName: 'F',
      lastName: 'L',
      ...membership,
      joinedAt: new Date('2026-01-01T00:00:00Z'),
    };
    return member;
  }

  async insertMember(
    _m: EntityManager,
    associationId: string,
    userId: string,
    role: AssociationRole,
    title: string | null,
  ): Promise<boolean> {
    const members = this.membersOf(associationId);
    if (members.has(userId)) return false;
    members.set(userId, { role, title });
    return true;
  }

  async updateMember(
    _m: EntityManager,
    associationId: string,
    userId: string,
    changes: { role?: AssociationRole; title?: string | null },
  ): Promise<void> {
    const current = this.membersOf(associationId).get(userId)!;
    this.membersOf(associationId).set(userId, {
      role: changes.role ?? current.role,
      title: changes.title === undefined ? current.title : changes.title,
    });
  }

  async deleteMember(_m: EntityManager, associationId: string, userId: string): Promise<void> {
    this.membersOf(associationId).delete(userId);
  }

  async countAdmins(_m: EntityManager, associationId: string): Promise<number> {
    return [...this.membersOf(associationId).values()].filter((m) => m.role === 'admin').length;
  }

  async lockAssociationsWhereOnlyAdmin(
    _m: EntityManager,
    userId: string,
  ): Promise<{ id: string; name: string }[]> {
    return [...this.associations.entries()]
      .filter(([id]) => {
        const admins = [...this.membersOf(id).entries()].filter(([, m]) => m.role === 'admin');
        return admins.length === 1 && admins[0][0] === userId;
      })
      .map(([id, { name }]) => ({ id, name }));
  }
}

/** Records whose events were cancelled, and that it happened in the deleting transaction. */
class FakeEvents implements Pick<EventsService, 'cancelUpcomingOfAssociation'> {
  readonly cancelledFor: { associationId: string; inTransaction: boolean }[] = [];

  constructor(private readonly dataSource: FakeDataSource) {}

  async cancelUpcomingOfAssociation(manager: EntityManager, access: Access): Promise<void> {
    this.cancelledFor.push({
      associationId: access.associationId,
      inTransaction: this.dataSource.inTransaction(manager),
    });
  }
}

function setup() {
  const repository = new FakeAssociationsRepository();
  // The access query reads the same memberships the repository holds.
  const database = new FakeDataSource(async (_sql, [associationId, userId]) => {
    const association = repository.associations.get(String(associationId));
    if (!association) return [];
    const role = repository.membersOf(String(associationId)).get(String(userId))?.role ?? null;
    return [{ id: associationId, name: association.name, role }];
  });
  const events = new FakeEvents(database);
  const sut = new AssociationsService(
    database.dataSource,
    new AccessService(database.dataSource),
    repository as unknown as AssociationsRepository,
    events as unknown as EventsService,
  );
  return { sut, repository, events, manager: database.transactionManager };
}

const as = (id: string) => ({ id });

/** Ada founds the club (admin), Blaise is a member (he accepted an invitation). */
async function club() {
  const context = setup();
  const association = await context.sut.create(as(ADA), { name: 'Chess Club' });
  await context.repository.insertMember(context.manager, association.id, BLAISE, 'member', null);
  return { ...context, id: association.id };
}

describe('AssociationsService', () => {
  describe('create', () => {
    it('makes the creator its only member and admin', async () => {
      const { sut } = setup();

      const association = await sut.create(as(ADA), { name: 'Chess Club' });

      expect(association).toMatchObject({
        name: 'Chess Club',
        description: null,
        memberCount: 1,
        myRole: 'admin',
      });
    });

    it('answers 409 association-name-taken when the unique name index refuses it', async () => {
      const { sut, repository } = setup();
      repository.failNextWrite = uniqueViolation('associations_name_key');

      await expect(sut.create(as(ADA), { name: 'Chess Club' })).rejects.toMatchObject({
        status: 409,
        slug: 'association-name-taken',
        detail: 'An association named "Chess Club" already exists.',
      });
    });

    it('lets any other constraint violation through as the bug it is', async () => {
      const { sut, repository } = setup();
      const unexpected = uniqueViolation('some_other_key');
      repository.failNextWrite = unexpected;

      await expect(sut.create(as(ADA), { name: 'Chess Club' })).rejects.toBe(unexpected);
    });
  });

  describe('update', () => {
    it('lets only admins rename it', async () => {
      const { sut, repository, id } = await club();

      await expect(sut.update(as(BLAISE), id, { name: 'Mine' })).rejects.toMatchObject({
        status: 403,
      });
      await expect(sut.update(as(CAROL), id, { name: 'Mine' })).rejects.toMatchObject({
        status: 403,
      });
      await expect(sut.update(as(ADA), id, { name: 'Chess Club of Lyon' })).resolves.toMatchObject({
        name: 'Chess Club of Lyon',
      });
      expect(repository.associations.get(id)!.name).toBe('Chess Club of Lyon');
    });

    it('answers 409 when the new name is taken', async () => {
      const { sut, repository, id } = await club();
      repository.failNextWrite = uniqueViolation('associations_name_key');

      await expect(sut.update(as(ADA), id, { name: 'Go Club' })).rejects.toMatchObject({
        status: 409,
        slug: 'association-name-taken',
      });
    });

    it('answers 404 for an association that does not exist', async () => {
      const { sut } = setup();

      await expect(sut.update(as(ADA), randomUUID(), { name: 'x' })).rejects.toMatchObject({
        status: 404,
        slug: 'not-found',
      });
    });
  });

  describe('delete', () => {
    it('cancels the upcoming events first, then removes the association', async () => {
      const { sut, repository, events, id } = await club();

      await sut.delete(as(ADA), id);

      expect(events.cancelledFor).toEqual([
        { associationId: id, inTransaction: true },
      ]);
      expect(repository.associations.has(id)).toBe(false);
    });

    it('refuses a member and cancels nothing', async () => {
      const { sut, repository, events, id } = await club();

      await expect(sut.delete(as(BLAISE), id)).rejects.toMatchObject({ status: 403 });
      expect(events.cancelledFor).toEqual([]);
      expect(repository.associations.has(id)).toBe(true);
    });
  });

  describe('updateMember', () => {
    it('refuses to demote the last admin', async () => {
      const { sut, repository, id } = await club();

      await expect(sut.updateMember(as(ADA), id, ADA, { role: 'member' })).rejects.toMatchObject({
        status: 409,
        slug: 'last-admin',
      });
      expect(repository.membersOf(id).get(ADA)!.role).toBe('admin');
    });

    it('lets an admin step down once someone else is admin', async () => {
      const { sut, id } = await club();
      await sut.updateMember(as(ADA), id, BLAISE, { role: 'admin' });

      await expect(sut.updateMember(as(ADA), id, ADA, { role: 'member' })).resolves.toMatchObject({
        role: 'member',
      });
    });

    it('answers 404 for someone who is not a member', async () => {
      const { sut, id } = await club();

      await expect(sut.updateMember(as(ADA), id, CAROL, { title: 'x' })).rejects.toMatchObject({
        status: 404,
        detail: 'This user is not a member of the association.',
      });
    });
  });

  describe('removeMember', () => {
    it('lets a member leave on their own', async () => {
      const { sut, repository, id } = await club();

      await sut.removeMember(as(BLAISE), id, BLAISE);

      expect(repository.membersOf(id).has(BLAISE)).toBe(false);
    });

    it('lets only admins remove someone else', async () => {
      const { sut, repository, manager, id } = await club();
      await repository.insertMember(manager, id, CAROL, 'member', null);

      await expect(sut.removeMember(as(BLAISE), id, CAROL)).rejects.toMatchObject({
        status: 403,
      });
      await sut.removeMember(as(ADA), id, CAROL);
      expect(repository.membersOf(id).has(CAROL)).toBe(false);
    });

    it('answers 404 to an outsider trying to leave', async () => {
      const { sut, id } = await club();

      await expect(sut.removeMember(as(CAROL), id, CAROL)).rejects.toMatchObject({
        status: 404,
        detail: 'This user is not a member of the association.',
      });
    });

    it('keeps the last admin: neither leaving nor removal', async () => {
      const { sut, repository, id } = await club();

      await expect(sut.removeMember(as(ADA), id, ADA)).rejects.toMatchObject({
        status: 409,
        slug: 'last-admin',
      });
      expect(repository.membersOf(id).get(ADA)!.role).toBe('admin');
    });
  });

  describe('assertNotOnlyAdmin', () => {
    it('names every association the account is the only admin of', async () => {
      const { sut, manager, id } = await club();
      await sut.create(as(BLAISE), { name: 'Go Club' });

      await expect(sut.assertNotOnlyAdmin(manager, ADA)).rejects.toMatchObject({
        status: 409,
        slug: 'last-admin',
        extensions: { associations: [{ id, name: 'Chess Club' }] },
      });
    });

    it('lets an account go when every association it runs has another admin', async () => {
      const { sut, manager, id } = await club();
      await sut.updateMember(as(ADA), id, BLAISE, { role: 'admin' });

      await expect(sut.assertNotOnlyAdmin(manager, ADA)).resolves.toBeUndefined();
      await expect(sut.assertNotOnlyAdmin(manager, CAROL)).resolves.toBeUndefined();
    });
  });
});
