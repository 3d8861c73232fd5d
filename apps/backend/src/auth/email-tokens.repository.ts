import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { deleteUnlockedBatch } from '../database/delete-batch';
import { EmailTokenPurpose } from './entities/email-token.entity';

export interface EmailTokenRow {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Every query on `email_tokens`; tokens are looked up by the SHA-256 hash, never stored in clear. */
@Injectable()
export class EmailTokensRepository {
  async insert(
    manager: EntityManager,
    token: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO email_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [token.userId, token.purpose, token.tokenHash, token.expiresAt],
    );
  }

  /** The token row, locked until the transaction ends so that two uses cannot both succeed. */
  async findForUpdate(
    manager: EntityManager,
    tokenHash: string,
    purpose: EmailTokenPurpose,
  ): Promise<EmailTokenRow | undefined> {
    const rows: EmailTokenRow[] = await manager.query(
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM email_tokens
        WHERE token_hash = $1 AND purpose = $2
          FOR UPDATE`,
      [tokenHash, purpose],
    );
    return rows[0];
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE email_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  async deleteUnused(
    manager: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM email_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }

  /**
   * Deletes up to `limit` expired tokens, used or not. A used token stays until it would have
   * expired, so that following a link twice still answers "already used" rather than "unknown".
   */
  async purgeExpired(manager: EntityManager, limit: number): Promise<number> {
    return deleteUnlockedBatch(manager, 'email_tokens', 't.expires_at <= now()', [], limit);
  }
}
