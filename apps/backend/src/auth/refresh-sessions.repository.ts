import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { deleteUnlockedBatch } from '../database/delete-batch';

export interface RefreshSessionRow {
  id: string;
  userId: string;
  familyId: string;
  /** When the family's first session (the login) was created: the start of its absolute lifetime. */
  familyCreatedAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Every query on `refresh_sessions`; tokens are looked up by the SHA-256 hash, never stored in clear. */
@Injectable()
export class RefreshSessionsRepository {
  async insert(
    manager: EntityManager,
    session: {
      id: string;
      userId: string;
      familyId: string;
      /** Null for a family's first session: the family begins now. */
      familyCreatedAt: Date | null;
      tokenHash: string;
      expiresAt: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_sessions (id, user_id, family_id, family_created_at, token_hash, expires_at)
       VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6)`,
      [
        session.id,
        session.userId,
        session.familyId,
        session.familyCreatedAt,
        session.tokenHash,
        session.expiresAt,
      ],
    );
  }

  /** The session row, locked until the transaction ends so that a token rotates only once. */
  async findForUpdate(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<RefreshSessionRow | undefined> {
    const rows: RefreshSessionRow[] = await manager.query(
      `SELECT id, user_id AS "userId", family_id AS "familyId",
              family_created_at AS "familyCreatedAt", expires_at AS "expiresAt",
              used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM refresh_sessions
        WHERE token_hash = $1
          FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  async markReplaced(manager: EntityManager, id: string, replacedBy: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_sessions SET used_at = now(), replaced_by = $2 WHERE id = $1`,
      [id, replacedBy],
    );
  }

  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_sessions SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId],
    );
  }

  /** Unknown tokens revoke nothing. */
  async revokeFamilyOfToken(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_sessions SET revoked_at = now()
       WHERE family_id = (SELECT family_id FROM refresh_sessions WHERE token_hash = $1)
         AND revoked_at IS NULL`,
      [tokenHash],
    );
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /**
   * Deletes up to `limit` sessions that can never be exchanged again and are not needed to detect
   * a reuse: revoked ones, those of a family past its absolute lifetime, unused expired ones, and
   * used ones once their family has no live session left. While a family still has a live session,
   * its used sessions stay: presenting one of them is what reveals a stolen token and revokes the
   * family.
   */
  async purgeDead(manager: EntityManager, absoluteDays: number, limit: number): Promise<number> {
    return deleteUnlockedBatch(
      manager,
      'refresh_sessions',
      `t.revoked_at IS NOT NULL
          OR t.family_created_at <= now() - make_interval(days => $1)
          OR (t.used_at IS NULL AND t.expires_at <= now())
          OR NOT EXISTS (SELECT 1 FROM refresh_sessions live
                          WHERE live.family_id = t.family_id
                            AND live.used_at IS NULL AND live.revoked_at IS NULL
                            AND live.expires_at > now())`,
      [absoluteDays],
      limit,
    );
  }
}
