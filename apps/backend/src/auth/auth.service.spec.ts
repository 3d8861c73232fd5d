import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AnyEnvelope, createEnvelope, PayloadOf, RoutingKey } from '@app/contracts';
import { FakeDataSource } from '../../test/support/fake-data-source';
import { AppConfig } from '../config/app-config';
import {
  AccountMetrics,
  LoginOutcome,
  RegistrationOutcome,
  VerificationTokenState,
} from '../metrics/domain-metrics';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { OutboxService } from '../outbox/outbox.service';
import { User } from '../users/entities/user.entity';
import { NewUser, UsersRepository } from '../users/users.repository';
import { AccessTokenClaims } from './auth-user';
import { AuthService } from './auth.service';
import { ConsumedToken, EmailTokensService } from './email-tokens.service';
import { EmailTokenPurpose } from './entities/email-token.entity';
import { PasswordHasher } from './password-hasher';
import { RefreshSessionsService } from './refresh-sessions.service';

const APP_URL = 'https://agora.example.org';
const JWT_SECRET = 'unit-test-secret-unit-test-secret';
const PASSWORD = 'correct horse battery staple';

/**
 * The users table in memory; email is its unique key. Like the real queries, reads answer a copy,
 * and only `findWithPasswordHash` includes the hash.
 */
class FakeUsersRepository implements Pick<
  UsersRepository,
  | 'findById'
  | 'findByEmail'
  | 'findWithPasswordHash'
  | 'insertIfEmailFree'
  | 'setPasswordHash'
  | 'markEmailVerified'
> {
  readonly rows = new Map<string, User>();

  add(fields: Partial<User> = {}): User {
    const user = Object.assign(new User(), {
      id: randomUUID(),
      email: `${randomUUID()}@example.org`,
      passwordHash: `hash:${PASSWORD}`,
      firstName: 'Ada',
      lastName: 'Lovelace',
      birthDate: null,
      locale: 'en',
      emailVerifiedAt: new Date('2026-01-01T00:00:00Z'),
      createdAt: new Date('2026-01-01T00:00:00Z'),
      ...fields,
    });
    this.rows.set(user.id, user);
    return user;
  }

  /** The stored row, for the assertions. */
  withEmail(email: string): User | undefined {
    return [...this.rows.values()].find((row) => row.email === email);
  }

  async findById(_manager: EntityManager, id: string): Promise<User | undefined> {
    return withoutHash(this.rows.get(id));
  }

  async findByEmail(_manager: EntityManager, email: string): Promise<User | undefined> {
    return withoutHash(this.withEmail(email));
  }

  async findWithPasswordHash(
    _manager: EntityManager,
    where: { email: string } | { id: string },
  ): Promise<User | undefined> {
    const user = 'email' in where ? this.withEmail(where.email) : this.rows.get(where.id);
    return user && Object.assign(new User(), user);
  }

  async insertIfEmailFree(_manager: EntityManager, user: NewUser): Promise<string | null> {
    if (this.withEmail(user.email)) return null;
    return this.add({ ...user, emailVerifiedAt: null }).id;
  }

  async setPasswordHash(_manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    this.rows.get(id)!.passwordHash = passwordHash;
  }

  async markEmailVerified(_manager: EntityManager, id: string): Promise<void> {
    this.rows.get(id)!.emailVerifiedAt ??= new Date();
  }
}

function withoutHash(user: User | undefined): User | undefined {
  if (!user) return undefined;
  const copy = Object.assign(new User(), user);
  Reflect.deleteProperty(copy, 'passwordHash');
  return copy;
}

/**
 * Not a real hash: enough to tell which password was stored. `old:` stands for a hash made with
 * parameters older than today's.
 */
class FakePasswords implements Pick<
  PasswordHasher,
  'hash' | 'verify' | 'needsRehash' | 'verifyAgainstNobody'
> {
  checkedAgainstNobody = 0;

  async hash(password: string): Promise<string> {
    return `hash:${password}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    return hash === `hash:${password}` || hash === `old:${password}`;
  }

  needsRehash(hash: string): boolean {
    return hash.startsWith('old:');
  }

  async verifyAgainstNobody(): Promise<false> {
    this.checkedAgainstNobody += 1;
    return false;
  }
}

class FakeEmailTokens implements Pick<EmailTokensService, 'issue' | 'consume' | 'discardUnused'> {
  readonly issued: { userId: string; purpose: EmailTokenPurpose; token: string }[] = [];
  readonly outcomes = new Map<string, ConsumedToken>();
  readonly discarded: { userId: string; purpose: EmailTokenPurpose }[] = [];

  async issue(
    _manager: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = `token-${this.issued.length + 1}`;
    this.issued.push({ userId, purpose, token });
    this.outcomes.set(`${purpose}:${token}`, { outcome: 'valid', userId });
    return { token, expiresAt: new Date('2030-01-03T00:00:00Z') };
  }

  async consume(
    _manager: EntityManager,
    token: string,
    purpose: EmailTokenPurpose,
  ): Promise<ConsumedToken> {
    return this.outcomes.get(`${purpose}:${token}`) ?? { outcome: 'unknown' };
  }

  async discardUnused(
    _manager: EntityManager,
    userId: string,
    purpose: EmailTokenPurpose,
  ): Promise<void> {
    this.discarded.push({ userId, purpose });
  }
}

class FakeSessions implements Pick<
  RefreshSessionsService,
  'start' | 'rotate' | 'revokeFamilyOf' | 'revokeAllOf'
> {
  readonly started: string[] = [];
  readonly revokedFamiliesOf: string[] = [];
  readonly revokedAllOf: string[] = [];
  readonly rotations = new Map<string, { userId: string; token: string }>();

  async start(userId: string): Promise<string> {
    this.started.push(userId);
    return `refresh-${this.started.length}`;
  }

  async rotate(token: string): Promise<{ userId: string; token: string } | null> {
    return this.rotations.get(token) ?? null;
  }

  async revokeFamilyOf(token: string): Promise<void> {
    this.revokedFamiliesOf.push(token);
  }

  async revokeAllOf(_manager: EntityManager, userId: string): Promise<void> {
    this.revokedAllOf.push(userId);
  }
}

/**
 * Records what would be mailed, after the contract's own check of each payload. A mail must be
 * written in the transaction of the change it reports, so one enqueued outside it is an error.
 */
class FakeOutbox implements Pick<OutboxService, 'enqueue'> {
  readonly messages: { type: RoutingKey; data: Record<string, unknown> }[] = [];

  constructor(private readonly dataSource: FakeDataSource) {}

  async enqueue<K extends RoutingKey>(
    manager: EntityManager,
    type: K,
    data: PayloadOf<K>,
  ): Promise<OutboxMessage> {
    if (!this.dataSource.inTransaction(manager))
      throw new Error(`${type} enqueued outside a transaction`);
    const envelope = createEnvelope(type, data, { id: randomUUID(), correlationId: 'test' });
    this.messages.push({ type, data: envelope.data });
    return Object.assign(new OutboxMessage(), {
      id: envelope.id,
      routingKey: type,
      payload: envelope as AnyEnvelope,
    });
  }
}

class FakeMetrics implements Pick<AccountMetrics, 'registration' | 'verification' | 'login'> {
  readonly counted: string[] = [];

  registration(outcome: RegistrationOutcome): void {
    this.counted.push(`registration:${outcome}`);
  }

  verification(token: VerificationTokenState): void {
    this.counted.push(`verification:${token}`);
  }

  login(outcome: LoginOutcome): void {
    this.counted.push(`login:${outcome}`);
  }
}

function setup() {
  const database = new FakeDataSource();
  const users = new FakeUsersRepository();
  const passwords = new FakePasswords();
  const emailTokens = new FakeEmailTokens();
  const sessions = new FakeSessions();
  const outbox = new FakeOutbox(database);
  const metrics = new FakeMetrics();
  const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { expiresIn: 900 } });
  const sut = new AuthService(
    database.dataSource,
    users as unknown as UsersRepository,
    passwords as unknown as PasswordHasher,
    emailTokens as unknown as EmailTokensService,
    sessions as unknown as RefreshSessionsService,
    outbox as unknown as OutboxService,
    jwt,
    { appUrl: APP_URL, auth: { accessTokenTtlSeconds: 900 } } as AppConfig,
    metrics as unknown as AccountMetrics,
  );
  return { sut, database, users, passwords, emailTokens, sessions, outbox, metrics, jwt };
}

const registration = {
  email: 'grace@example.org',
  password: PASSWORD,
  firstName: 'Grace',
  lastName: 'Hopper',
};

describe('AuthService', () => {
  describe('register', () => {
    it('creates an unverified account and mails it a verification link', async () => {
      const { sut, users, outbox, metrics } = setup();

      await sut.register({ ...registration, locale: 'fr' });

      const created = users.withEmail('grace@example.org');
      expect(created).toMatchObject({
        passwordHash: `hash:${PASSWORD}`,
        emailVerifiedAt: null,
        birthDate: null,
        locale: 'fr',
      });
      expect(outbox.messages).toEqual([
        {
          type: RoutingKey.AccountVerificationRequested,
          data: {
            recipient: { email: 'grace@example.org', name: 'Grace Hopper', locale: 'fr' },
            verifyUrl: `${APP_URL}/verify?token=token-1`,
            expiresAt: '2030-01-03T00:00:00.000Z',
          },
        },
      ]);
      expect(metrics.counted).toEqual(['registration:created']);
    });

    it('writes in English when no language is given', async () => {
      const { sut, users } = setup();

      await sut.register(registration);

      expect(users.withEmail('grace@example.org')!.locale).toBe('en');
    });

    it('leaves a taken address as it was and tells its owner someone tried', async () => {
      const { sut, users, emailTokens, outbox, metrics } = setup();
      const owner = users.add({ email: 'grace@example.org', firstName: 'Grace', lastName: 'H' });

      await expect(
        sut.register({ ...registration, password: 'another long passphrase' }),
      ).resolves.toBeUndefined();

      expect(users.rows.size).toBe(1);
      expect(owner.passwordHash).toBe(`hash:${PASSWORD}`);
      expect(emailTokens.issued).toEqual([]);
      expect(outbox.messages).toEqual([
        {
          type: RoutingKey.AccountRegistrationAttempted,
          data: {
            recipient: { email: 'grace@example.org', name: 'Grace H', locale: 'en' },
            loginUrl: `${APP_URL}/login`,
            resetUrl: `${APP_URL}/forgot-password`,
          },
        },
      ]);
      expect(metrics.counted).toEqual(['registration:existing_email']);
    });
  });

  describe('verify', () => {
    it('verifies the address the link was sent to', async () => {
      const { sut, users, metrics } = setup();
      await sut.register(registration);

      const verified = await sut.verify('token-1');

      const user = users.withEmail('grace@example.org')!;
      expect(user.emailVerifiedAt).toBeInstanceOf(Date);
      expect(verified).toEqual({
        email: 'grace@example.org',
        emailVerifiedAt: user.emailVerifiedAt!.toISOString(),
      });
      expect(metrics.counted).toContain('verification:valid');
    });

    it.each([
      ['unknown', 400, 'invalid-token'],
      ['expired', 400, 'invalid-token'],
      ['used', 409, 'token-already-used'],
    ] as const)('answers a token that is %s with %i %s', async (outcome, status, slug) => {
      const { sut, emailTokens, metrics } = setup();
      emailTokens.outcomes.set('verify:t', { outcome });

      await expect(sut.verify('t')).rejects.toMatchObject({ status, slug });
      expect(metrics.counted).toEqual([`verification:${outcome}`]);
    });

    it('does not take a password-reset token for a verification one', async () => {
      const { sut, database, users, emailTokens } = setup();
      const user = users.add({ emailVerifiedAt: null });
      await emailTokens.issue(database.transactionManager, user.id, 'reset');

      await expect(sut.verify('token-1')).rejects.toMatchObject({ status: 400 });
      expect(user.emailVerifiedAt).toBeNull();
    });
  });

  describe('resendVerification', () => {
    it('mails a new link to an unverified account only', async () => {
      const { sut, users, outbox } = setup();
      const pending = users.add({ emailVerifiedAt: null });
      const verified = users.add();

      await sut.resendVerification({ email: pending.email });
      await sut.resendVerification({ email: verified.email });
      await sut.resendVerification({ email: 'nobody@example.org' });

      expect(outbox.messages).toHaveLength(1);
      expect(outbox.messages[0]).toMatchObject({
        type: RoutingKey.AccountVerificationRequested,
        data: { recipient: { email: pending.email } },
      });
    });
  });

  describe('login', () => {
    it('answers an access token for the user and starts a refresh session', async () => {
      const { sut, users, sessions, metrics, jwt } = setup();
      const user = users.add();

      const { session, refreshToken } = await sut.login({ email: user.email, password: PASSWORD });

      const claims = await jwt.verifyAsync<AccessTokenClaims>(session.accessToken);
      expect(claims.sub).toBe(user.id);
      expect(session).toMatchObject({ expiresIn: 900, user: { id: user.id, email: user.email } });
      expect(refreshToken).toBe('refresh-1');
      expect(sessions.started).toEqual([user.id]);
      expect(metrics.counted).toEqual(['login:success']);
    });

    it('moves an older hash to the current parameters once the password is proved, and only then', async () => {
      const { sut, users } = setup();
      const user = users.add({ passwordHash: `old:${PASSWORD}` });

      await sut.login({ email: user.email, password: 'not the password' }).catch(() => undefined);
      expect(users.withEmail(user.email)?.passwordHash).toBe(`old:${PASSWORD}`);

      await sut.login({ email: user.email, password: PASSWORD });
      expect(users.withEmail(user.email)?.passwordHash).toBe(`hash:${PASSWORD}`);
    });

    it('answers a wrong password and an unknown email alike', async () => {
      const { sut, users, passwords, sessions } = setup();
      const user = users.add();

      const wrong = await sut
        .login({ email: user.email, password: 'not the password' })
        .catch((error: unknown) => error);
      const unknown = await sut
        .login({ email: 'nobody@example.org', password: PASSWORD })
        .catch((error: unknown) => error);

      expect(wrong).toMatchObject({ status: 401, slug: 'invalid-credentials' });
      expect(unknown).toEqual(wrong);
      expect(passwords.checkedAgainstNobody).toBe(1);
      expect(sessions.started).toEqual([]);
    });

    it('tells an unverified account to verify, but only once the password is right', async () => {
      const { sut, users, sessions, metrics } = setup();
      const user = users.add({ emailVerifiedAt: null });

      await expect(
        sut.login({ email: user.email, password: 'not the password' }),
      ).rejects.toMatchObject({ status: 401, slug: 'invalid-credentials' });
      await expect(sut.login({ email: user.email, password: PASSWORD })).rejects.toMatchObject({
        status: 403,
        slug: 'email-not-verified',
      });
      expect(sessions.started).toEqual([]);
      expect(metrics.counted).toEqual(['login:invalid_credentials', 'login:unverified']);
    });
  });

  describe('refresh', () => {
    it('exchanges a valid refresh token for a new access token and its successor', async () => {
      const { sut, users, sessions, jwt } = setup();
      const user = users.add();
      sessions.rotations.set('old', { userId: user.id, token: 'new' });

      const { session, refreshToken } = await sut.refresh('old');

      expect(refreshToken).toBe('new');
      expect((await jwt.verifyAsync<AccessTokenClaims>(session.accessToken)).sub).toBe(user.id);
    });

    it('answers 401 without a cookie, for a spent token, and for a deleted account', async () => {
      const { sut, sessions } = setup();
      sessions.rotations.set('orphan', { userId: randomUUID(), token: 'next' });

      for (const token of [undefined, 'spent', 'orphan']) {
        await expect(sut.refresh(token)).rejects.toMatchObject({
          status: 401,
          slug: 'invalid-refresh-token',
        });
      }
    });
  });

  describe('logout', () => {
    it('ends the login of the cookie, and does nothing without one', async () => {
      const { sut, sessions } = setup();

      await sut.logout(undefined);
      await sut.logout('refresh-token');

      expect(sessions.revokedFamiliesOf).toEqual(['refresh-token']);
    });
  });

  describe('password reset', () => {
    it('mails a reset link to an existing account only', async () => {
      const { sut, users, outbox } = setup();
      const user = users.add({ locale: 'fr' });

      await sut.requestPasswordReset({ email: 'nobody@example.org' });
      await sut.requestPasswordReset({ email: user.email });

      expect(outbox.messages).toEqual([
        {
          type: RoutingKey.AccountPasswordResetRequested,
          data: {
            recipient: { email: user.email, name: 'Ada Lovelace', locale: 'fr' },
            resetUrl: `${APP_URL}/reset-password?token=token-1`,
            expiresAt: '2030-01-03T00:00:00.000Z',
          },
        },
      ]);
    });

    it('sets the new password, verifies the address and ends every session', async () => {
      const { sut, users, sessions, emailTokens } = setup();
      const user = users.add({ emailVerifiedAt: null });
      await sut.requestPasswordReset({ email: user.email });

      await sut.confirmPasswordReset({ token: 'token-1', password: 'a brand new passphrase' });

      expect(user.passwordHash).toBe('hash:a brand new passphrase');
      expect(user.emailVerifiedAt).toBeInstanceOf(Date);
      expect(sessions.revokedAllOf).toEqual([user.id]);
      expect(emailTokens.discarded).toEqual([{ userId: user.id, purpose: 'reset' }]);
    });

    it.each([
      ['unknown', 400, 'invalid-token'],
      ['expired', 400, 'invalid-token'],
      ['used', 409, 'token-already-used'],
    ] as const)(
      'refuses a token that is %s with %i %s and changes nothing',
      async (outcome, status, slug) => {
        const { sut, users, sessions, emailTokens } = setup();
        const user = users.add();
        emailTokens.outcomes.set('reset:t', { outcome });

        await expect(
          sut.confirmPasswordReset({ token: 't', password: 'a brand new passphrase' }),
        ).rejects.toMatchObject({ status, slug });
        expect(user.passwordHash).toBe(`hash:${PASSWORD}`);
        expect(sessions.revokedAllOf).toEqual([]);
      },
    );

    it('does not take a verification token for a reset one', async () => {
      const { sut, users } = setup();
      await sut.register(registration);
      const user = users.withEmail(registration.email)!;

      await expect(
        sut.confirmPasswordReset({ token: 'token-1', password: 'a brand new passphrase' }),
      ).rejects.toMatchObject({ status: 400, slug: 'invalid-token' });
      expect(user.passwordHash).toBe(`hash:${PASSWORD}`);
    });
  });
});
