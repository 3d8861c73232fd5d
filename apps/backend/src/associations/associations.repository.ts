import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssociationRole } from '../access/association-role';
import { containsPattern, containsSql, sortedSql } from '../database/text-search';
import { displayNameSql } from '../users/display-name';
import { AssociationDto, AssociationSummaryDto } from './dto/association.dto';
import { MemberDto } from './dto/member.dto';

export interface UserMembership {
  id: string;
  name: string;
  role: AssociationRole;
  title: string | null;
}

/**
 * Queries of associations and memberships. Lists select only the columns they return and run a
 * fixed number of statements (the page and its total) whatever the page size.
 */
@Injectable()
export class AssociationsRepository {
  async listPage(
    manager: EntityManager,
    q: string | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: AssociationSummaryDto[]; total: number }> {
    const where = q ? `WHERE ${containsSql('a.name', '$1')}` : '';
    const filter = q ? [containsPattern(q)] : [];
    const [items, [{ total }]] = await Promise.all([
      // The page is cut first, so member counts are computed for its rows only, not for the skipped ones.
      manager.query(
        `SELECT a.id, a.name, a.created_at AS "createdAt",
                (SELECT count(*)::int FROM memberships m WHERE m.association_id = a.id) AS "memberCount"
           FROM (SELECT a.id, a.name, a.created_at
                   FROM associations a
                   ${where}
                  ORDER BY ${sortedSql('a.name')}, a.id
                  LIMIT $${filter.length + 1} OFFSET $${filter.length + 2}) a
          ORDER BY ${sortedSql('a.name')}, a.id`,
        [...filter, limit, offset],
      ),
      manager.query(`SELECT count(*)::int AS total FROM associations a ${where}`, filter),
    ]);
    return { items, total };
  }

  async findOne(
    manager: EntityManager,
    id: string,
    viewerId: string,
  ): Promise<AssociationDto | undefined> {
    const rows: AssociationDto[] = await manager.query(
      `SELECT a.id, a.name, a.description, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
              (SELECT count(*)::int FROM memberships m WHERE m.association_id = a.id) AS "memberCount",
              (SELECT m.role FROM memberships m WHERE m.association_id = a.id AND m.user_id = $2) AS "myRole"
         FROM associations a
        WHERE a.id = $1`,
      [id, viewerId],
    );
    return rows[0];
  }

  async insert(
    manager: EntityManager,
    values: { name: string; description: string | null },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO associations (name, description) VALUES ($1, $2) RETURNING id`,
      [values.name, values.description],
    );
    return id;
  }

  async update(
    manager: EntityManager,
    id: string,
    changes: { name?: string; description?: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE associations
          SET name = CASE WHEN $2 THEN $3 ELSE name END,
              description = CASE WHEN $4 THEN $5 ELSE description END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        changes.name !== undefined,
        changes.name ?? null,
        changes.description !== undefined,
        changes.description ?? null,
      ],
    );
  }

  /** Members, minutes and events go with it (ON DELETE CASCADE). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM associations WHERE id = $1`, [id]);
  }

  /**
   * A page of members by name, optionally those whose name contains `q`. The sort key lives in
   * `users`, so the association's memberships are joined and sorted whole: the cost grows with
   * the association's size (a thousand members sort in about a millisecond), never with the table's.
   */
  async listMembers(
    manager: EntityManager,
    associationId: string,
    q: string | undefined,
    limit: number,
    offset: number,
  ): Promise<{ items: MemberDto[]; total: number }> {
    const search = q ? `AND ${containsSql(displayNameSql('u'), '$2')}` : '';
    const filter = q ? [containsPattern(q)] : [];
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT m.user_id AS "userId", u.first_name AS "firstName", u.last_name AS "lastName",
                m.role, m.title, m.joined_at AS "joinedAt"
           FROM memberships m
           JOIN users u ON u.id = m.user_id
          WHERE m.association_id = $1 ${search}
          ORDER BY ${sortedSql('u.last_name')}, ${sortedSql('u.first_name')}, m.user_id
          LIMIT $${filter.length + 2} OFFSET $${filter.length + 3}`,
        [associationId, ...filter, limit, offset],
      ),
      manager.query(
        `SELECT count(*)::int AS total
           FROM memberships m
           JOIN users u ON u.id = m.user_id
          WHERE m.association_id = $1 ${search}`,
        [associationId, ...filter],
      ),
    ]);
    return { items, total };
  }

  async findMember(
    manager: EntityManager,
    associationId: string,
    userId: string,
  ): Promise<MemberDto | undefined> {
    const rows: MemberDto[] = await manager.query(
      `SELECT m.user_id AS "userId", u.first_name AS "firstName", u.last_name AS "lastName",
              m.role, m.title, m.joined_at AS "joinedAt"
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.association_id = $1 AND m.user_id = $2`,
      [associationId, userId],
    );
    return rows[0];
  }

  /** Inserts the membership unless it exists; returns whether it was inserted. */
  async insertMember(
    manager: EntityManager,
    associationId: string,
    userId: string,
    role: AssociationRole,
    title: string | null,
  ): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO memberships (association_id, user_id, role, title)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (association_id, user_id) DO NOTHING
       RETURNING user_id`,
      [associationId, userId, role, title],
    );
    return rows.length > 0;
  }

  async updateMember(
    manager: EntityManager,
    associationId: string,
    userId: string,
    changes: { role?: AssociationRole; title?: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE memberships
          SET role = COALESCE($3, role),
              title = CASE WHEN $4 THEN $5 ELSE title END
        WHERE association_id = $1 AND user_id = $2`,
      [
        associationId,
        userId,
        changes.role ?? null,
        changes.title !== undefined,
        changes.title ?? null,
      ],
    );
  }

  async deleteMember(manager: EntityManager, associationId: string, userId: string): Promise<void> {
    await manager.query(`DELETE FROM memberships WHERE association_id = $1 AND user_id = $2`, [
      associationId,
      userId,
    ]);
  }

  /** The associations a user belongs to, for their public profile. */
  async membershipsOf(manager: EntityManager, userId: string): Promise<UserMembership[]> {
    return manager.query(
      `SELECT a.id, a.name, m.role, m.title
         FROM memberships m
         JOIN associations a ON a.id = m.association_id
        WHERE m.user_id = $1
        ORDER BY a.name, a.id`,
      [userId],
    );
  }

  /**
   * Associations in which the user is the only admin. The associations the user administers are
   * locked first, as every membership change does, so a concurrent demotion cannot slip between
   * the check and the caller's next step.
   */
  async lockAssociationsWhereOnlyAdmin(
    manager: EntityManager,
    userId: string,
  ): Promise<{ id: string; name: string }[]> {
    await manager.query(
      `SELECT a.id
         FROM associations a
         JOIN memberships m ON m.association_id = a.id
        WHERE m.user_id = $1 AND m.role = 'admin'
        ORDER BY a.id
          FOR UPDATE OF a`,
      [userId],
    );
    return manager.query(
      `SELECT a.id, a.name
         FROM associations a
         JOIN memberships m ON m.association_id = a.id
        WHERE m.user_id = $1 AND m.role = 'admin'
          AND NOT EXISTS (SELECT 1 FROM memberships other
                           WHERE other.association_id = a.id AND other.role = 'admin'
                             AND other.user_id <> $1)
        ORDER BY a.name`,
      [userId],
    );
  }

  async countAdmins(manager: EntityManager, associationId: string): Promise<number> {
    const [{ admins }] = await manager.query(
      `SELECT count(*)::int AS admins FROM memberships WHERE association_id = $1 AND role = 'admin'`,
      [associationId],
    );
    return admins;
  }
}
