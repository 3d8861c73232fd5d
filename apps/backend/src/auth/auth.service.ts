import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager } from 'typeorm';
import { Recipient, RoutingKey } from '@app/contracts';
import { AppConfig } from '../config/app-config';
import { AccountMetrics } from '../metrics/domain-metrics';
import { OutboxService } from '../outbox/outbox.service';
import { MeDto } from '../users/dto/user.dto';
import { displayName } from '../users/display-name';
import { User } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import {
  EmailNotVerified,
  InvalidCredentials,
  InvalidRefreshToken,
  InvalidToken,
  TokenAlreadyUsed,
} from './auth-problems';
import { AccessTokenClaims } from './auth-user';
import { EmailDto, LoginDto, PasswordResetConfirmDto, RegisterDto } from './dto/auth-requests.dto';
import { SessionDto, VerifiedDto } from './dto/auth-responses.dto';
import { ConsumedToken, EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { RefreshSessionsService } from './refresh-sessions.service';

export interface IssuedSession {
  session: SessionDto;
  /** Goes into the cookie, never into a response body. */
  refreshToken: string;
}

/** Unknown and expired tokens are a bad request (400); a used one conflicts with its state (409). */
function rejectToken(outcome: Exclude<ConsumedToken['outcome'], 'valid'>): never {
  throw outcome === 'used' ? new TokenAlreadyUsed() : new InvalidToken();
}

function recipientOf(user: Pick<User, 'email' | 'firstName' | 'lastName' | 'locale'>): Recipient {
  return { email: user.email, name: displayName(user), locale: user.locale };
}

/**
 * Registration, email verification, login with rotating refresh sessions, and password reset.
 * Every mail is an outbox row written in the transaction of the change it reports.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly emailTokens: EmailTokensService,
    private readonly sessions: RefreshSessionsService,
    private readonly outbox: OutboxService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly metrics: AccountMetrics,
  ) {}

  /** Same outcome for the caller whether or not the email is taken; only the mail differs. */
  async register(dto: RegisterDto): Promise<void> {
    // Hashed in both cases so that a taken address does not answer faster.
    const passwordHash = await this.passwords.hash(dto.password);
    const newUser = {
      email: dto.email,
      passwordHash,
      firstName: dto.firstName,
      lastName: dto.lastName,
      birthDate: dto.birthDate ?? null,
      locale: dto.locale ?? 'en',
    };
    await this.dataSource.transaction(async (manager) => {
      const id = await this.users.insertIfEmailFree(manager, newUser);
      this.metrics.registration(id ? 'created' : 'existing_email');
      if (id) return this.requestVerification(manager, { id, ...newUser });
      const owner = await this.users.findByEmail(manager, dto.email);
      if (!owner) return;
      await this.outbox.enqueue(manager, RoutingKey.AccountRegistrationAttempted, {
        recipient: recipientOf(owner),
        loginUrl: `${this.config.appUrl}/login`,
        resetUrl: `${this.config.appUrl}/forgot-password`,
      });
    });
  }

  async verify(token: string): Promise<VerifiedDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const consumed = await this.emailTokens.consume(manager, token, 'verify');
      this.metrics.verification(consumed.outcome);
      if (consumed.outcome !== 'valid') rejectToken(consumed.outcome);
      await this.users.markEmailVerified(manager, consumed.userId);
      const verified = await this.users.findById(manager, consumed.userId);
      if (!verified) throw new Error(`user ${consumed.userId} vanished inside its own transaction`);
      return verified;
    });
    return { email: user.email, emailVerifiedAt: user.emailVerifiedAt!.toISOString() };
  }

  /** Mails a new link only to an existing, still unverified account; the answer is the same. */
  async resendVerification({ email }: EmailDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(manager, email);
      if (user && !user.emailVerifiedAt) await this.requestVerification(manager, user);
    });
  }

  async login({ email, password }: LoginDto): Promise<IssuedSession> {
    const user = await this.users.findWithPasswordHash(this.dataSource.manager, { email });
    const passwordMatches = user
      ? await this.passwords.verify(user.passwordHash, password)
      : await this.passwords.verifyAgainstNobody(password);
    if (!user || !passwordMatches) {
      this.metrics.login('invalid_credentials');
      throw new InvalidCredentials();
    }
    // Checked after the password, so the answer tells nothing to someone without it.
    if (!user.emailVerifiedAt) {
      this.metrics.login('unverified');
      throw new EmailNotVerified();
    }
    this.metrics.login('success');
    if (this.passwords.needsRehash(user.passwordHash)) {
      const upgraded = await this.passwords.hash(password);
      await this.users.setPasswordHash(this.dataSource.manager, user.id, upgraded);
    }
    return {
      session: await this.sessionFor(user),
      refreshToken: await this.sessions.start(user.id),
    };
  }

  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    const rotated = refreshToken ? await this.sessions.rotate(refreshToken) : null;
    const user = rotated
      ? await this.users.findById(this.dataSource.manager, rotated.userId)
      : null;
    if (!rotated || !user) throw new InvalidRefreshToken();
    return { session: await this.sessionFor(user), refreshToken: rotated.token };
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (refreshToken) await this.sessions.revokeFamilyOf(refreshToken);
  }

  async requestPasswordReset({ email }: EmailDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(manager, email);
      if (!user) return;
      const { token, expiresAt } = await this.emailTokens.issue(manager, user.id, 'reset');
      await this.outbox.enqueue(manager, RoutingKey.AccountPasswordResetRequested, {
        recipient: recipientOf(user),
        resetUrl: `${this.config.appUrl}/reset-password?token=${token}`,
        expiresAt: expiresAt.toISOString(),
      });
    });
  }

  /**
   * Sets the new password and ends every session of the account. The reset link proves the
   * mailbox is the user's, so it also verifies an unverified address.
   */
  async confirmPasswordReset({ token, password }: PasswordResetConfirmDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const consumed = await this.emailTokens.consume(manager, token, 'reset');
      if (consumed.outcome !== 'valid') rejectToken(consumed.outcome);
      const passwordHash = await this.passwords.hash(password);
      await this.users.setPasswordHash(manager, consumed.userId, passwordHash);
      await this.users.markEmailVerified(manager, consumed.userId);
      await this.sessions.revokeAllOf(manager, consumed.userId);
      await this.emailTokens.discardUnused(manager, consumed.userId, 'reset');
    });
  }

  private async requestVerification(
    manager: EntityManager,
    user: Pick<User, 'id' | 'email' | 'firstName' | 'lastName' | 'locale'>,
  ): Promise<void> {
    const { token, expiresAt } = await this.emailTokens.issue(manager, user.id, 'verify');
    await this.outbox.enqueue(manager, RoutingKey.AccountVerificationRequested, {
      recipient: recipientOf(user),
      verifyUrl: `${this.config.appUrl}/verify?token=${token}`,
      expiresAt: expiresAt.toISOString(),
    });
  }

  private async sessionFor(user: User): Promise<SessionDto> {
    const claims: AccessTokenClaims = { sub: user.id };
    return {
      accessToken: await this.jwt.signAsync(claims),
      expiresIn: this.config.auth.accessTokenTtlSeconds,
      user: MeDto.from(user),
    };
  }
}
