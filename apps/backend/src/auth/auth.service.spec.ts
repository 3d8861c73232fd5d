import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager } from 'typeorm';
import { createEnvelope, RoutingKey } from '@app/contracts';
import { AppConfig } from '../config/app-config';
import { AccountMetrics } from '../metrics/domain-metrics';
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

/** The users table in memory; email is its unique key. */
class FakeUsers {
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

  async insertIfEmailFree(_m: EntityManager, user: NewUser): Promise<string | null> {
    if ([...this.rows.values()].some((row) => row.email === user.email)) return null;
    return this.add({ ...user, emailVerifiedAt: null }).id;
  }

  async findById(id: string) {
    return this.rows.get(id) ?? null;
  }

  async findByEmail(email: string) {
    return [...this.rows.values()].find((row) => row.email === email) ?? null;
  }

  async findWithPasswordHash(where: { email: string } | { id: string }) {
    return 'email' in where ? this.findByEmail(where.email) : this.findById(where.id);
  }

  async update(id: string, changes: Partial<User>) {
    Object.assign(this.rows.get(id)!, changes);
  }

  async markEmailVerified(_m: EntityManager, id: string) {
    const user = this.rows.get(id)!;
    user.emailVerifiedAt ??= new Date();
  }
}

/** Not a real hash: enough to tell which password was stored. */
class FakePasswords {
  checkedAgainstNobody = 0;
  async hash(password: string) {
    return `hash:${password}`;
  }
  async verify(hash: string, password: string) {
    return hash === `hash:${password}`;
  }
  async verifyAgainstNobody(): Promise<false> {
    this.checkedAgainstNobody += 1;
    return false;
  }
}

class FakeEmailTokens {
  readonly issued: { userId: string; purpose: EmailTokenPurpose; token: string }[] = [];
  readonly outcomes = new Map<string, ConsumedToken>();
  readonly discarded: { userId: string; purpose: EmailTokenPurpose }[] = [];

  async issue(_m: EntityManager, userId: string, purpose: EmailTokenPurpose) {
    const token = `token-${this.issued.length + 1}`;
    this.issued.push({ userId, purpose, token });
    this.outcomes.set(`${purpose}:${token}`, { outcome: 'valid', userId });
    return { token, expiresAt: new Date('2030-01-03T00:00:00Z') };
  }

  async consume(_m: EntityManager, token: string, purpose: EmailTokenPurpose) {
    return this.outcomes.get(`${purpose}:${token}`) ?? { outcome: 'unknown' as const };
  }

  async discardUnused(_m: EntityManager, userId: string, purpose: EmailTokenPurpose) {
    this.discarded.push({ userId, purpose });
  }
}

class FakeSessions {
  readonly started: string[] = [];
  readonly revokedFamiliesOf: string[] = [];
  readonly revokedAllOf: string[] = [];
  readonly rotations = new Map<string, { userId: string; token: string }>();

  async start(userId: string) {
    this.started.push(userId);
    return `refresh-${this.started.length}`;
  }
  async rotate(token: string) {
    return this.rotations.get(token) ?? null;
  }
  async revokeFamilyOf(token: string) {
    this.revokedFamiliesOf.push(token);
  }
  async revokeAllOf(_m: EntityManager, userId: string) {
    this.revokedAllOf.push(userId);
  }
}

/** Records what would be mailed, after the contract's own check of each payload. */
class FakeOutbox {
  readonly messages: { type: RoutingKey; data: Record<string, unknown> }[] = [];

  async enqueue(_m: EntityManager, type: RoutingKey, data: never) {
    const envelope = createEnvelope(type, data, { id: randomUUID(), correlationId: 'test' });
    this.messages.push({ type, data: envelope.data as Record<string, unknown> });
  }
}

class FakeMetrics {
  readonly counted: string[] = [];
  registration(outcome: string) {
    this.counted.push(`registration:${outcome}`);
  }
  verification(outcome: string) {
    this.counted.push(`verification:${outcome}`);
  }
  login(outcome: string) {
    this.counted.push(`login:${outcome}`);
  }
}

function setup() {
  const users = new FakeUsers();
  const manager = {
    findOneByOrFail: async (_entity: unknown, { id }: { id: string }) => users.rows.get(id)!,
  } as unknown as EntityManager;
  const dataSource = {
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work(manager),
  } as unknown as DataSource;
  const passwords = new FakePasswords();
  const emailTokens = new FakeEmailTokens();
  const sessions = new FakeSessions();
  const outbox = new FakeOutbox();
  const metrics = new FakeMetrics();
  const jwt = new JwtService({ secret: JWT_SECRET, signOptions: { expiresIn: 900 } });
  const sut = new AuthService(
    dataSource,
    users as unknown as UsersRepository,
    passwords as unknown as PasswordHasher,
    emailTokens as unknown as EmailTokensService,
    sessions as unknown as RefreshSessionsService,
    outbox as unknown as OutboxService,
    jwt,
    { appUrl: APP_URL, auth: { accessTokenTtlSeconds: 900 } } as AppConfig,
    metrics as unknown as AccountMetrics,
  );
  return { sut, users, passwords, emailTokens, sessions, outbox, metrics, jwt };
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

      const created = await users.findByEmail('grace@example.org');
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

      expect((await users.findByEmail('grace@example.org'))!.locale).toBe('en');
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

      const user = (await users.findByEmail('grace@example.org'))!;
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
      const { sut, users, emailTokens } = setup();
      const user = users.add({ emailVerifiedAt: null });
      await emailTokens.issue({} as EntityManager, user.id, 'reset');

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
    ] as const)('refuses a token that is %s with %i %s and changes nothing', async (outcome, status, slug) => {
      const { sut, users, sessions, emailTokens } = setup();
      const user = users.add();
      emailTokens.outcomes.set('reset:t', { outcome });

      await expect(
        sut.confirmPasswordReset({ token: 't', password: 'a brand new passphrase' }),
      ).rejects.toMatchObject({ status, slug });
      expect(user.passwordHash).toBe(`hash:${PASSWORD}`);
      expect(sessions.revokedAllOf).toEqual([]);
    });

    it('does not take a verification token for a reset one', async () => {
      const { sut, users } = setup();
      await sut.register(registration);
      const user = (await users.findByEmail(registration.email))!;

      await expect(
        sut.confirmPasswordReset({ token: 'token-1', password: 'a brand new passphrase' }),
      ).rejects.toMatchObject({ status: 400, slug: 'invalid-token' });
      expect(user.passwordHash).toBe(`hash:${PASSWORD}`);
    });
  });
});
