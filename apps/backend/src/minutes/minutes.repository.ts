import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { deleteUnlockedBatch } from '../database/delete-batch';
import { MinuteDto, MinuteKind, MinuteSummaryDto } from './dto/minute.dto';

export interface MinuteValues {
  heldOn: string;
  title?: string | null;
  kind?: MinuteKind;
  content: string;
}

@Injectable()
export class MinutesRepository {
  /**
   * Newest first; a page and its total, two statements whatever the page size. Deleted minutes
   * (still in their undo window) are left out here and everywhere else except `restore`.
   */
  async listPage(
    manager: EntityManager,
    associationId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: MinuteSummaryDto[]; total: number }> {
    const [items, [{ total }]] = await Promise.all([
      manager.query(
        `SELECT n.id, n.held_on::text AS "heldOn", n.title, n.kind, left(n.content, 200) AS excerpt,
                (SELECT count(*)::int FROM minute_voters v WHERE v.minute_id = n.id) AS "voterCount",
                n.created_at AS "createdAt", n.updated_at AS "updatedAt"
           FROM (SELECT n.id, n.held_on, n.title, n.kind, n.content, n.created_at, n.updated_at
                   FROM minutes n
                  WHERE n.association_id = $1 AND n.deleted_at IS NULL
                  ORDER BY n.held_on DESC, n.created_at DESC, n.id DESC
                  LIMIT $2 OFFSET $3) n
          ORDER BY n.held_on DESC, n.created_at DESC, n.id DESC`,
        [associationId, limit, offset],
      ),
      manager.query(
        `SELECT count(*)::int AS total FROM minutes WHERE association_id = $1 AND deleted_at IS NULL`,
        [associationId],
      ),
    ]);
    return { items, total };
  }

  async findOne(
    manager: EntityManager,
    associationId: string,
    id: string,
  ): Promise<MinuteDto | undefined> {
    const rows: MinuteDto[] = await manager.query(
      `SELECT n.id, n.association_id AS "associationId", n.held_on::text AS "heldOn", n.title, n.kind,
              n.content,
              n.created_at AS "createdAt", n.updated_at AS "updatedAt",
              COALESCE((SELECT json_agg(json_build_object('userId', u.id, 'firstName', u.first_name, 'lastName', u.last_name)
                                        ORDER BY u.last_name, u.first_name, u.id)
                          FROM minute_voters v JOIN users u ON u.id = v.user_id
                         WHERE v.minute_id = n.id), '[]'::json) AS voters
         FROM minutes n
        WHERE n.association_id = $1 AND n.id = $2 AND n.deleted_at IS NULL`,
      [associationId, id],
    );
    return rows[0];
  }

  /** The ids among `userIds` that are not members of the association right now. */
  async nonMembers(
    manager: EntityManager,
    associationId: string,
    userIds: string[],
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT candidate.id
         FROM unnest($2::uuid[]) AS candidate (id)
        WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.association_id = $1 AND m.user_id = candidate.id)
        ORDER BY candidate.id`,
      [associationId, userIds],
    );
    return rows.map((row) => row.id);
  }

  async insert(
    manager: EntityManager,
    associationId: string,
    createdBy: string,
    values: MinuteValues,
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO minutes (association_id, held_on, title, kind, content, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        associationId,
        values.heldOn,
        values.title ?? null,
        values.kind ?? 'general-assembly',
        values.content,
        createdBy,
      ],
    );
    return id;
  }

  async update(manager: EntityManager, id: string, changes: Partial<MinuteValues>): Promise<void> {
    // A title can be cleared (null), so "left out" is told apart from "set to null".
    await manager.query(
      `UPDATE minutes
          SET held_on = COALESCE($2::date, held_on), content = COALESCE($3, content),
              kind = COALESCE($4, kind), title = CASE WHEN $5 THEN $6 ELSE title END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        changes.heldOn ?? null,
        changes.content ?? null,
        changes.kind ?? null,
        changes.title !== undefined,
        changes.title ?? null,
      ],
    );
  }

  async replaceVoters(manager: EntityManager, id: string, voterIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM minute_voters WHERE minute_id = $1`, [id]);
    await manager.query(
      `INSERT INTO minute_voters (minute_id, user_id) SELECT $1, unnest($2::uuid[])`,
      [id, voterIds],
    );
  }

  /** Out of sight at once; gone for good when `purgeDeleted` finds it past the undo window. */
  async markDeleted(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE minutes SET deleted_at = now() WHERE id = $1`, [id]);
  }

  /** True when the minutes were deleted less than `undoMinutes` ago and are back now. */
  async restore(
    manager: EntityManager,
    associationId: string,
    id: string,
    undoMinutes: number,
  ): Promise<boolean> {
    const [, count] = (await manager.query(
      `UPDATE minutes SET deleted_at = NULL
        WHERE association_id = $1 AND id = $2
          AND deleted_at > now() - make_interval(mins => $3)`,
      [associationId, id, undoMinutes],
    )) as [unknown[], number];
    return count > 0;
  }

  /** One batch of minutes deleted more than `undoMinutes` ago; their voters go with them. */
  purgeDeleted(manager: EntityManager, undoMinutes: number, limit: number): Promise<number> {
    return deleteUnlockedBatch(
      manager,
      'minutes',
      `t.deleted_at < now() - make_interval(mins => $1)`,
      [undoMinutes],
      limit,
    );
  }
}
