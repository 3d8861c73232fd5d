import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RefreshSession } from './entities/refresh-session.entity';
import { generateSecretToken, hashSecretToken } from './secret-tokens';

const DAY_MS = 86_400_000;

/**
 * Refresh tokens with rotation and reuse detection: a token can be exchanged once; presenting an
 * already exchanged token means it leaked, so its whole family (the login it came from) is revoked.
 */
@Injectable()
export class RefreshSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Starts a new family (a login) and answers its first refresh token. */
  async start(userId: string): Promise<string> {
    return this.issue(this.dataSource.manager, userId, randomUUID()).then(({ token }) => token);
  }

  /** The successor of a valid token, or null (unknown, expired, revoked or reused). */
  async rotate(token: string): Promise<{ userId: string; token: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager
        .getRepository(RefreshSession)
        .createQueryBuilder('session')
        .setLock('pessimistic_write')
        .where('session.token_hash = :hash', { hash: hashSecretToken(token) })
        .getOne();
      if (!session || session.revokedAt) return null;
      if (session.usedAt) {
        // Returning (not throwing) lets the revocation commit.
        await this.revokeFamily(manager, session.familyId);
        return null;
      }
      if (session.expiresAt.getTime() <= Date.now()) return null;
      const next = await this.issue(manager, session.userId, session.familyId);
      await manager.update(
        RefreshSession,
        { id: session.id },
        { usedAt: new Date(), replacedBy: next.id },
      );
      return { userId: session.userId, token: next.token };
    });
  }

  /** Ends the login the token belongs to (logout). Unknown tokens are ignored. */
  async revokeFamilyOf(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_sessions SET revoked_at = now()
       WHERE family_id = (SELECT family_id FROM refresh_sessions WHERE token_hash = $1)
         AND revoked_at IS NULL`,
      [hashSecretToken(token)],
    );
  }

  /** Ends every login of the user (password changed or reset). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(
      RefreshSession,
      { userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(
      RefreshSession,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  private async issue(manager: EntityManager, userId: string, familyId: string) {
    const token = generateSecretToken();
    const id = randomUUID();
    await manager.insert(RefreshSession, {
      id,
      userId,
      familyId,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlDays * DAY_MS),
    });
    return { id, token };
  }
}
