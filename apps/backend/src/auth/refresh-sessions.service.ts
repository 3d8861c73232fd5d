import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RefreshSessionsRepository } from './refresh-sessions.repository';
import { generateSecretToken, hashSecretToken } from './secret-tokens';

const DAY_MS = 86_400_000;

/**
 * Refresh tokens with rotation and reuse detection: a token can be exchanged once; presenting an
 * already exchanged token means it leaked, so its whole family (the login it came from) is revoked.
 * A family also has an absolute lifetime from the login, which rotation does not extend: a stolen
 * token kept fresh by refreshing stops working at the latest then.
 */
@Injectable()
export class RefreshSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly sessions: RefreshSessionsRepository,
  ) {}

  /** Starts a new family (a login) and answers its first refresh token. */
  async start(userId: string): Promise<string> {
    const { token } = await this.issue(this.dataSource.manager, userId, randomUUID(), null);
    return token;
  }

  /** The successor of a valid token, or null (unknown, expired, revoked, reused, or its login too old). */
  async rotate(token: string): Promise<{ userId: string; token: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.findForUpdate(manager, hashSecretToken(token));
      if (!session || session.revokedAt) return null;
      if (session.usedAt) {
        // Returning (not throwing) lets the revocation commit.
        await this.sessions.revokeFamily(manager, session.familyId);
        return null;
      }
      if (session.expiresAt.getTime() <= Date.now() || this.familyEnded(session.familyCreatedAt))
        return null;
      const next = await this.issue(
        manager,
        session.userId,
        session.familyId,
        session.familyCreatedAt,
      );
      await this.sessions.markReplaced(manager, session.id, next.id);
      return { userId: session.userId, token: next.token };
    });
  }

  /** Ends the login the token belongs to (logout). Unknown tokens are ignored. */
  async revokeFamilyOf(token: string): Promise<void> {
    await this.sessions.revokeFamilyOfToken(this.dataSource.manager, hashSecretToken(token));
  }

  /** Ends every login of the user (password changed or reset). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await this.sessions.revokeAllOf(manager, userId);
  }

  private familyEnded(familyCreatedAt: Date): boolean {
    return familyCreatedAt.getTime() + this.config.auth.refreshAbsoluteDays * DAY_MS <= Date.now();
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
    familyCreatedAt: Date | null,
  ) {
    const token = generateSecretToken();
    const id = randomUUID();
    await this.sessions.insert(manager, {
      id,
      userId,
      familyId,
      familyCreatedAt,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlDays * DAY_MS),
    });
    return { id, token };
  }
}
