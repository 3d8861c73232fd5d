import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssociationsService } from '../associations/associations.service';
import { PasswordHasher } from '../auth/password-hasher';
import { RefreshSessionsService } from '../auth/refresh-sessions.service';
import { Page, SearchPageQueryDto } from '../common/pagination';
import { ChangePasswordDto, DeleteMeDto, UpdateMeDto } from './dto/update-me.dto';
import { MeDto, UserProfileDto, UserStatsDto, DirectoryUserDto } from './dto/user.dto';
import { User } from './entities/user.entity';
import { UserNotFound, WrongPassword } from './user-problems';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: RefreshSessionsService,
    private readonly dataSource: DataSource,
    private readonly associations: AssociationsService,
  ) {}

  async me(userId: string): Promise<MeDto> {
    return MeDto.from(await this.existing(userId));
  }

  async updateMe(userId: string, changes: UpdateMeDto): Promise<MeDto> {
    await this.existing(userId);
    await this.users.update(this.dataSource.manager, userId, changes);
    return this.me(userId);
  }

  /** Every refresh session of the user ends: other devices must log in with the new password. */
  async changePassword(
    userId: string,
    { currentPassword, newPassword }: ChangePasswordDto,
  ): Promise<void> {
    await this.checkPassword(userId, currentPassword);
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(manager, userId, passwordHash);
      await this.sessions.revokeAllOf(manager, userId);
    });
  }

  async deleteMe(userId: string, { password }: DeleteMeDto): Promise<void> {
    await this.checkPassword(userId, password);
    await this.dataSource.transaction(async (manager) => {
      await this.associations.assertNotOnlyAdmin(manager, userId);
      await this.users.delete(manager, userId);
    });
  }

  directory(viewerId: string, query: SearchPageQueryDto): Promise<Page<DirectoryUserDto>> {
    return this.users.directory(this.dataSource.manager, viewerId, query);
  }

  stats(): Promise<UserStatsDto> {
    return this.users.stats(this.dataSource.manager);
  }

  /** A verified user's public profile; unverified accounts are not visible to anyone. */
  async profile(userId: string): Promise<UserProfileDto> {
    const user = await this.users.findVerifiedById(this.dataSource.manager, userId);
    if (!user) throw new UserNotFound();
    return {
      id: user.id,
      firstName: user.firstName,
      lastName: user.lastName,
      memberSince: user.createdAt.toISOString(),
      associations: await this.associations.membershipsOf(user.id),
    };
  }

  private async existing(userId: string): Promise<User> {
    const user = await this.users.findById(this.dataSource.manager, userId);
    // A valid access token can outlive its account by up to its lifetime.
    if (!user) throw new UserNotFound();
    return user;
  }

  private async checkPassword(userId: string, password: string): Promise<void> {
    const user = await this.users.findWithPasswordHash(this.dataSource.manager, { id: userId });
    if (!user) throw new UserNotFound();
    if (!(await this.passwords.verify(user.passwordHash, password))) throw new WrongPassword();
  }
}
