import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { EmailTokensRepository } from './email-tokens.repository';
import { EmailTokenPurpose } from './entities/email-token.entity';
import { generateSecretToken, hashSecretToken } from './secret-tokens';

export type ConsumedToken =
  { outcome: 'valid'; userId: string } | { outcome: 'unknown' | 'expired' | 'used' };

/** Single-use, expiring tokens for the links in verification and password-reset mails. */
@Injectable()
export class EmailTokensService {
  constructor(
    private readonly config: AppConfig,
    private readonly tokens: EmailTokensRepository,
  ) {}

  private lifetimeMs(purpose: EmailTokenPurpose): number {
    return purpose === 'verify'
      ? this.config.auth.verificationTokenTtlHours * 3_600_000
      : this.config.auth.passwordResetTokenTtlMinutes * 60_000;
  }

  /** A new token; the user's older unused tokens of the same purpose stop working. */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
  ): Promise<{ token: string; expiresAt: Date }> {
    await this.tokens.deleteUnused(manager, userId, purpose);
    const token = generateSecretToken();
    const expiresAt = new Date(Date.now() + this.lifetimeMs(purpose));
    await this.tokens.insert(manager, {
      userId,
      purpose,
      tokenHash: hashSecretToken(token),
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** Marks the token used if it is valid; the row lock makes two concurrent uses impossible. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: EmailTokenPurpose,
  ): Promise<ConsumedToken> {
    const row = await this.tokens.findForUpdate(manager, hashSecretToken(token), purpose);
    if (!row) return { outcome: 'unknown' };
    if (row.usedAt) return { outcome: 'used' };
    if (row.expiresAt.getTime() <= Date.now()) return { outcome: 'expired' };
    await this.tokens.markUsed(manager, row.id);
    return { outcome: 'valid', userId: row.userId };
  }

  /** After a password reset, any other reset link still in a mailbox must not work. */
  async discardUnused(
    manager: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
  ): Promise<void> {
    await this.tokens.deleteUnused(manager, userId, purpose);
  }
}
