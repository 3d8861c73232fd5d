import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface RefreshSessionRow {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** Every query on `refresh_sessions`; tokens are looked up by the SHA-256 hash, never stored in clear. */
@Injectable()
export class RefreshSessionsRepository {
  async insert(
    manager: EntityManager,
    session: { id: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_sessions (id, user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [session.id, session.userId, session.familyId, session.tokenHash, session.expiresAt],
    );
  }

  /** The session row, locked until the transaction ends so that a token rotates only once. */
  async findForUpdate(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<RefreshSessionRow | undefined> {
    const rows: RefreshSessionRow[] = await manager.query(
      `SELECT id, user_id AS "userId", family_id AS "familyId", expires_at AS "expiresAt",
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
}
