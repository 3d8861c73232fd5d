import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { Locale } from '@app/contracts';
import { offsetOf, Page, pageOf, SearchPageQueryDto } from '../common/pagination';
import { UserStatsDto, UserSummaryDto } from './dto/user.dto';
import { User } from './entities/user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  locale: Locale;
}

/** `%` and `_` typed by a user are searched for literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Every query on `users`. The directory queries use the partial indexes of the accounts migration. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByEmail(email: string, manager: EntityManager = this.users.manager): Promise<User | null> {
    return manager.findOneBy(User, { email });
  }

  /** The user with the password hash, which other queries never load. */
  findWithPasswordHash(where: { email: string } | { id: string }): Promise<User | null> {
    const query = this.users.createQueryBuilder('user').addSelect('user.passwordHash');
    return 'email' in where
      ? query.where('user.email = :email', { email: where.email }).getOne()
      : query.where('user.id = :id', { id: where.id }).getOne();
  }

  /** Inserts the user unless the email is taken; answers the new id, or null when taken. */
  async insertIfEmailFree(manager: EntityManager, user: NewUser): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO users (email, password_hash, first_name, last_name, birth_date, locale)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO NOTHING
       RETURNING id`,
      [user.email, user.passwordHash, user.firstName, user.lastName, user.birthDate, user.locale],
    );
    return rows[0]?.id ?? null;
  }

  async update(
    id: string,
    changes: Partial<User>,
    manager: EntityManager = this.users.manager,
  ): Promise<void> {
    if (Object.keys(changes).length > 0) await manager.update(User, { id }, changes);
  }

  /** Keeps the first verification time when the address was already verified. */
  async markEmailVerified(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [id],
    );
  }

  /** Deletes the user; their tokens and sessions go with them (ON DELETE CASCADE). */
  async delete(id: string, manager: EntityManager = this.users.manager): Promise<void> {
    await manager.delete(User, { id });
  }

  findVerifiedById(id: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('user')
      .where('user.id = :id AND user.email_verified_at IS NOT NULL', { id })
      .getOne();
  }

  /** Verified users by name; `q` matches a substring of the full name, or the exact email. */
  async directory(query: SearchPageQueryDto): Promise<Page<UserSummaryDto>> {
    const builder = this.users
      .createQueryBuilder('user')
      .select(['user.id', 'user.firstName', 'user.lastName'])
      .where('user.email_verified_at IS NOT NULL');
    if (query.q) {
      const needle = query.q.toLowerCase();
      builder.andWhere(
        new Brackets((where) =>
          where
            .where(`lower(user.first_name || ' ' || user.last_name) LIKE :pattern`, {
              pattern: `%${escapeLike(needle)}%`,
            })
            .orWhere('user.email = :email', { email: needle }),
        ),
      );
    }
    const [users, total] = await builder
      .orderBy('user.lastName', 'ASC')
      .addOrderBy('user.firstName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .offset(offsetOf(query))
      .limit(query.pageSize)
      .getManyAndCount();
    return pageOf(
      users.map(({ id, firstName, lastName }) => ({ id, firstName, lastName })),
      total,
      query,
    );
  }

  /** Ages are whole years on today's date (UTC), over verified users who gave a birth date. */
  async stats(): Promise<UserStatsDto> {
    const [row] = await this.users.query(`
      SELECT count(*)::int AS count,
             count(birth_date)::int AS "withBirthDate",
             round(avg(age_years), 1)::float8 AS "meanAge",
             min(age_years)::int AS "minAge",
             max(age_years)::int AS "maxAge"
      FROM (
        SELECT birth_date, date_part('year', age((now() AT TIME ZONE 'UTC')::date, birth_date))::numeric AS age_years
        FROM users
        WHERE email_verified_at IS NOT NULL
      ) verified`);
    return row as UserStatsDto;
  }
}
