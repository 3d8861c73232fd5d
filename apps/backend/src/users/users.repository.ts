import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Locale } from '@app/contracts';
import { offsetOf, Page, pageOf, SearchPageQueryDto } from '../common/pagination';
import { containsPattern, containsSql, sortedSql } from '../database/text-search';
import { DirectoryUserDto, SHARED_ASSOCIATIONS_SHOWN, UserStatsDto } from './dto/user.dto';
import { displayNameSql } from './display-name';
import { User } from './entities/user.entity';

export interface NewUser {
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  locale: Locale;
}

export interface ProfileChanges {
  firstName?: string;
  lastName?: string;
  birthDate?: string | null;
  locale?: Locale;
}

/** Every column but the password hash, which only `findWithPasswordHash` loads. */
const USER_COLUMNS = `u.id, u.email, u.first_name AS "firstName", u.last_name AS "lastName",
  u.birth_date::text AS "birthDate", u.locale, u.email_verified_at AS "emailVerifiedAt",
  u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

/** Every query on `users`. The directory queries use the partial indexes of the accounts migration. */
@Injectable()
export class UsersRepository {
  async findById(manager: EntityManager, id: string): Promise<User | undefined> {
    const rows: User[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`,
      [id],
    );
    return rows[0];
  }

  async findByEmail(manager: EntityManager, email: string): Promise<User | undefined> {
    const rows: User[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.email = $1`,
      [email],
    );
    return rows[0];
  }

  /** The user with the password hash, which other queries never load. */
  async findWithPasswordHash(
    manager: EntityManager,
    where: { email: string } | { id: string },
  ): Promise<User | undefined> {
    const [column, value] = 'email' in where ? ['email', where.email] : ['id', where.id];
    const rows: User[] = await manager.query(
      `SELECT ${USER_COLUMNS}, u.password_hash AS "passwordHash" FROM users u WHERE u.${column} = $1`,
      [value],
    );
    return rows[0];
  }

  async findVerifiedById(manager: EntityManager, id: string): Promise<User | undefined> {
    const rows: User[] = await manager.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.email_verified_at IS NOT NULL`,
      [id],
    );
    return rows[0];
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

  /** Replaces the fields present in `changes`; `updated_at` moves even when none is. */
  async update(manager: EntityManager, id: string, changes: ProfileChanges): Promise<void> {
    await manager.query(
      `UPDATE users
          SET first_name = CASE WHEN $2 THEN $3 ELSE first_name END,
              last_name = CASE WHEN $4 THEN $5 ELSE last_name END,
              birth_date = CASE WHEN $6 THEN $7::date ELSE birth_date END,
              locale = CASE WHEN $8 THEN $9 ELSE locale END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        changes.firstName !== undefined,
        changes.firstName ?? null,
        changes.lastName !== undefined,
        changes.lastName ?? null,
        changes.birthDate !== undefined,
        changes.birthDate ?? null,
        changes.locale !== undefined,
        changes.locale ?? null,
      ],
    );
  }

  async setPasswordHash(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
      id,
      passwordHash,
    ]);
  }

  /** Keeps the first verification time when the address was already verified. */
  async markEmailVerified(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [id],
    );
  }

  /** Deletes the user; their tokens and sessions go with them (ON DELETE CASCADE). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM users WHERE id = $1`, [id]);
  }

  /**
   * Verified users by name; `q` matches a substring of the display name ignoring case and accents,
   * never an email address (the directory must not tell whether an address has an account). Each
   * person comes with the associations they share with `viewerId`, so namesakes can be told apart.
   * A page and its total, two statements whatever the page size.
   */
  async directory(
    manager: EntityManager,
    viewerId: string,
    query: Pick<SearchPageQueryDto, 'page' | 'pageSize' | 'q'>,
  ): Promise<Page<DirectoryUserDto>> {
    const where = query.q
      ? `WHERE u.email_verified_at IS NOT NULL AND ${containsSql(displayNameSql('u'), '$1')}`
      : `WHERE u.email_verified_at IS NOT NULL`;
    const filter = query.q ? [containsPattern(query.q)] : [];
    const next = filter.length;
    const [items, [{ total }]] = await Promise.all([
      // The page is cut first, so shared associations are looked up for its rows only.
      manager.query(
        `SELECT u.id, u.first_name AS "firstName", u.last_name AS "lastName",
                coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.sort_name, s.id)
                            FROM (SELECT a.id, a.name, ${sortedSql('a.name')} AS sort_name
                                    FROM memberships theirs
                                    JOIN memberships mine
                                      ON mine.association_id = theirs.association_id AND mine.user_id = $${next + 1}
                                    JOIN associations a ON a.id = theirs.association_id
                                   WHERE theirs.user_id = u.id
                                   ORDER BY ${sortedSql('a.name')}, a.id
                                   LIMIT ${SHARED_ASSOCIATIONS_SHOWN}) s),
                         '[]') AS "sharedAssociations"
           FROM (SELECT u.id, u.first_name, u.last_name
                   FROM users u
                  ${where}
                  ORDER BY ${sortedSql('u.last_name')}, ${sortedSql('u.first_name')}, u.id
                  LIMIT $${next + 2} OFFSET $${next + 3}) u
          ORDER BY ${sortedSql('u.last_name')}, ${sortedSql('u.first_name')}, u.id`,
        [...filter, viewerId, query.pageSize, offsetOf(query)],
      ) as Promise<DirectoryUserDto[]>,
      manager.query(`SELECT count(*)::int AS total FROM users u ${where}`, filter) as Promise<
        Array<{ total: number }>
      >,
    ]);
    return pageOf(items, total, query);
  }

  /** Ages are whole years on today's date (UTC), over verified users who gave a birth date. */
  async stats(manager: EntityManager): Promise<UserStatsDto> {
    const [row]: UserStatsDto[] = await manager.query(`
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
    return row;
  }
}
