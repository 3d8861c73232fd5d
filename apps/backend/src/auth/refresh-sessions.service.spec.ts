import { FakeDataSource } from '../../test/support/fake-data-source';
import { AppConfig } from '../config/app-config';
import { RefreshSessionRow, RefreshSessionsRepository } from './refresh-sessions.repository';
import { RefreshSessionsService } from './refresh-sessions.service';
import { hashSecretToken } from './secret-tokens';

const DAY_MS = 86_400_000;

type Inserted = Parameters<RefreshSessionsRepository['insert']>[1];

/** The sessions table in memory, keyed by token hash. */
class FakeSessions implements Pick<
  RefreshSessionsRepository,
  'insert' | 'findForUpdate' | 'markReplaced' | 'revokeFamily'
> {
  readonly rows = new Map<string, RefreshSessionRow>();

  async insert(_: unknown, session: Inserted): Promise<void> {
    this.rows.set(session.tokenHash, {
      id: session.id,
      userId: session.userId,
      familyId: session.familyId,
      familyCreatedAt: session.familyCreatedAt ?? new Date(),
      expiresAt: session.expiresAt,
      usedAt: null,
      revokedAt: null,
    });
  }

  async findForUpdate(_: unknown, tokenHash: string) {
    return this.rows.get(tokenHash);
  }

  async markReplaced(_: unknown, id: string): Promise<void> {
    for (const row of this.rows.values()) if (row.id === id) row.usedAt = new Date();
  }

  async revokeFamily(_: unknown, familyId: string): Promise<void> {
    for (const row of this.rows.values())
      if (row.familyId === familyId) row.revokedAt ??= new Date();
  }

  of(token: string): RefreshSessionRow {
    return this.rows.get(hashSecretToken(token))!;
  }
}

function setUp() {
  const config = AppConfig.fromEnvironment({
    REFRESH_TOKEN_TTL_DAYS: '30',
    AUTH_REFRESH_ABSOLUTE_DAYS: '7',
  });
  const sessions = new FakeSessions();
  const sut = new RefreshSessionsService(
    new FakeDataSource().dataSource,
    config,
    sessions as unknown as RefreshSessionsRepository,
  );
  return { sut, sessions };
}

describe('RefreshSessionsService: the absolute lifetime of a login', () => {
  it('refuses a token, even an unexpired one, once its login is older than the lifetime', async () => {
    const { sut, sessions } = setUp();
    const token = await sut.start('u1');
    sessions.of(token).familyCreatedAt = new Date(Date.now() - 7 * DAY_MS - 1000);

    await expect(sut.rotate(token)).resolves.toBeNull();
    expect(sessions.rows.size).toBe(1);
  });

  it('keeps rotating a login younger than the lifetime', async () => {
    const { sut, sessions } = setUp();
    const token = await sut.start('u1');
    sessions.of(token).familyCreatedAt = new Date(Date.now() - 6 * DAY_MS);

    const rotated = await sut.rotate(token);
    expect(rotated).toMatchObject({ userId: 'u1', token: expect.any(String) });
  });

  it('hands the login time on to every successor, so refreshing never extends it', async () => {
    const { sut, sessions } = setUp();
    const first = await sut.start('u1');
    const loggedInAt = new Date(Date.now() - 3 * DAY_MS);
    sessions.of(first).familyCreatedAt = loggedInAt;

    const second = (await sut.rotate(first))!.token;
    const third = (await sut.rotate(second))!.token;

    expect(sessions.of(third).familyCreatedAt).toEqual(loggedInAt);
    expect(sessions.of(third).familyId).toBe(sessions.of(first).familyId);
    // The idle expiry moves on with each refresh; the login time does not.
    expect(sessions.of(third).expiresAt.getTime()).toBeGreaterThan(
      loggedInAt.getTime() + 7 * DAY_MS,
    );
  });
});
