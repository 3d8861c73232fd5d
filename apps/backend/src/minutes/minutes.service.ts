import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { offsetOf, Page, pageOf, PageQueryDto } from '../common/pagination';
import { CreateMinuteDto, MinuteDto, MinuteSummaryDto, UpdateMinuteDto } from './dto/minute.dto';
import { MinuteNotFound, VotersNotMembers } from './minute-problems';
import { MinutesRepository } from './minutes.repository';

/** Minutes of general assemblies: members read them, admins write them. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly minutes: MinutesRepository,
    private readonly config: AppConfig,
  ) {}

  async list(
    user: AuthUser,
    associationId: string,
    query: PageQueryDto,
  ): Promise<Page<MinuteSummaryDto>> {
    await this.access.require(user.id, associationId, 'content:view');
    const { items, total } = await this.minutes.listPage(
      this.dataSource.manager,
      associationId,
      query.pageSize,
      offsetOf(query),
    );
    return pageOf(items, total, query);
  }

  async get(user: AuthUser, associationId: string, id: string): Promise<MinuteDto> {
    await this.access.require(user.id, associationId, 'content:view');
    return this.read(this.dataSource.manager, associationId, id);
  }

  /** The association stays locked until commit, so no voter can leave between the check and the write. */
  async create(user: AuthUser, associationId: string, dto: CreateMinuteDto): Promise<MinuteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, associationId, 'content:manage', { manager, lock: true });
      await this.checkVoters(manager, associationId, dto.voterIds);
      const id = await this.minutes.insert(manager, associationId, user.id, dto);
      await this.minutes.replaceVoters(manager, id, dto.voterIds);
      return this.read(manager, associationId, id);
    });
  }

  async update(
    user: AuthUser,
    associationId: string,
    id: string,
    dto: UpdateMinuteDto,
  ): Promise<MinuteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, associationId, 'content:manage', { manager, lock: true });
      await this.read(manager, associationId, id);
      if (dto.voterIds !== undefined) await this.checkVoters(manager, associationId, dto.voterIds);
      await this.minutes.update(manager, id, dto);
      if (dto.voterIds !== undefined) await this.minutes.replaceVoters(manager, id, dto.voterIds);
      return this.read(manager, associationId, id);
    });
  }

  /** Hidden at once; `restore` can bring the minutes back within the undo window. */
  async delete(user: AuthUser, associationId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, associationId, 'content:manage', { manager, lock: true });
      await this.read(manager, associationId, id);
      await this.minutes.markDeleted(manager, id);
    });
  }

  /** Undoes a deletion made less than MINUTES_UNDO_MINUTES ago; minutes never deleted are left as they are. */
  async restore(user: AuthUser, associationId: string, id: string): Promise<MinuteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(user.id, associationId, 'content:manage', { manager, lock: true });
      const undoMinutes = this.config.minutes.undoMinutes;
      await this.minutes.restore(manager, associationId, id, undoMinutes);
      return this.read(manager, associationId, id);
    });
  }

  private async checkVoters(
    manager: EntityManager,
    associationId: string,
    voterIds: string[],
  ): Promise<void> {
    if (voterIds.length === 0) return;
    const outsiders = await this.minutes.nonMembers(manager, associationId, voterIds);
    if (outsiders.length > 0) throw new VotersNotMembers(outsiders);
  }

  private async read(
    manager: EntityManager,
    associationId: string,
    id: string,
  ): Promise<MinuteDto> {
    const minute = await this.minutes.findOne(manager, associationId, id);
    if (!minute) throw new MinuteNotFound();
    return minute;
  }
}
