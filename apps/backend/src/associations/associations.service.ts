import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/auth-user';
import { violatesConstraint } from '../common/constraint-violation';
import { offsetOf, Page, pageOf, SearchPageQueryDto } from '../common/pagination';
import { EventsService } from '../events/events.service';
import {
  AccountGone,
  AssociationNameTaken,
  LastAdmin,
  MemberNotFound,
} from './association-problems';
import { AssociationsRepository, UserMembership } from './associations.repository';
import {
  AssociationDto,
  AssociationSummaryDto,
  CreateAssociationDto,
  UpdateAssociationDto,
} from './dto/association.dto';
import { MemberDto, UpdateMemberDto } from './dto/member.dto';

/** The unique index of the associations migration that makes names unique whatever their case. */
const ASSOCIATION_NAME_KEY = 'associations_name_key';
/** The founder's account must exist: a token can outlive the account it was issued for. */
const MEMBERSHIP_USER_KEY = 'memberships_user_id_fkey';

@Injectable()
export class AssociationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly associations: AssociationsRepository,
    private readonly events: EventsService,
  ) {}

  /** The associations shown on a user's profile. */
  membershipsOf(userId: string): Promise<UserMembership[]> {
    return this.associations.membershipsOf(this.dataSource.manager, userId);
  }

  /**
   * An account may not disappear while it is the only admin of an association: the association
   * would be left with nobody able to run it. Call inside the transaction that removes the user.
   */
  async assertNotOnlyAdmin(manager: EntityManager, userId: string): Promise<void> {
    const associations = await this.associations.lockAssociationsWhereOnlyAdmin(manager, userId);
    if (associations.length > 0) throw new LastAdmin(associations);
  }

  async list(query: SearchPageQueryDto): Promise<Page<AssociationSummaryDto>> {
    const { items, total } = await this.associations.listPage(
      this.dataSource.manager,
      query.q || undefined,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  async create(user: AuthUser, dto: CreateAssociationDto): Promise<AssociationDto> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.withUniqueName(dto.name, () =>
        this.associations.insert(manager, { name: dto.name, description: dto.description ?? null }),
      );
      try {
        await this.associations.insertMember(manager, id, user.id, 'admin', null);
      } catch (error) {
        if (violatesConstraint(error, MEMBERSHIP_USER_KEY)) throw new AccountGone();
        throw error;
      }
      return this.read(manager, id, user.id);
    });
  }

  async get(user: AuthUser, id: string): Promise<AssociationDto> {
    await this.access.require(user.id, id, 'association:view');
    return this.read(this.dataSource.manager, id, user.id);
  }

  async update(user: AuthUser, id: string, dto: UpdateAssociationDto): Promise<AssociationDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, id, 'association:manage', { manager, lock: true });
      await this.withUniqueName(dto.name ?? '', () => this.associations.update(manager, id, dto));
      return this.read(manager, id, user.id);
    });
  }

  /** Upcoming events are cancelled first, so their attendees are told, then everything goes. */
  async delete(user: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.require(user.id, id, 'association:manage', {
        manager,
        lock: true,
      });
      await this.events.cancelUpcomingOfAssociation(manager, access);
      await this.associations.delete(manager, id);
    });
  }

  async listMembers(
    user: AuthUser,
    id: string,
    query: SearchPageQueryDto,
  ): Promise<Page<MemberDto>> {
    await this.access.require(user.id, id, 'association:view');
    const { items, total } = await this.associations.listMembers(
      this.dataSource.manager,
      id,
      query.q || undefined,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  async updateMember(
    user: AuthUser,
    id: string,
    memberId: string,
    dto: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, id, 'association:manage', { manager, lock: true });
      const member = await this.readMember(manager, id, memberId);
      if (member.role === 'admin' && dto.role === 'member') await this.keepAnAdmin(manager, id);
      await this.associations.updateMember(manager, id, memberId, dto);
      return this.readMember(manager, id, memberId);
    });
  }

  /** Admins remove members; any member may remove themselves (leave). */
  async removeMember(user: AuthUser, id: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const leaving = memberId === user.id;
      const access = await this.access.require(
        user.id,
        id,
        leaving ? 'association:view' : 'association:manage',
        {
          manager,
          lock: true,
        },
      );
      if (leaving && access.role === null) throw new MemberNotFound();
      const member = await this.readMember(manager, id, memberId);
      if (member.role === 'admin') await this.keepAnAdmin(manager, id);
      await this.associations.deleteMember(manager, id, memberId);
    });
  }

  /** Called with the association row locked, so two admins cannot both step down at once. */
  private async keepAnAdmin(manager: EntityManager, associationId: string): Promise<void> {
    if ((await this.associations.countAdmins(manager, associationId)) <= 1) throw new LastAdmin();
  }

  private async read(
    manager: EntityManager,
    id: string,
    viewerId: string,
  ): Promise<AssociationDto> {
    const association = await this.associations.findOne(manager, id, viewerId);
    if (!association) throw new Error(`association ${id} vanished inside its own transaction`);
    return association;
  }

  private async readMember(
    manager: EntityManager,
    associationId: string,
    userId: string,
  ): Promise<MemberDto> {
    const member = await this.associations.findMember(manager, associationId, userId);
    if (!member) throw new MemberNotFound();
    return member;
  }

  /** The unique index on lower(name) is the rule: a clash on it, and only on it, is a 409. */
  private async withUniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (violatesConstraint(error, ASSOCIATION_NAME_KEY)) throw new AssociationNameTaken(name);
      throw error;
    }
  }
}
