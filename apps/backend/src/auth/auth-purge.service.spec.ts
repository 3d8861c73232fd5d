import { FakeDataSource } from '../../test/support/fake-data-source';
import { AppConfig } from '../config/app-config';
import { AuthPurgeService } from './auth-purge.service';
import { EmailTokensRepository } from './email-tokens.repository';
import { RefreshSessionsRepository } from './refresh-sessions.repository';

/** A table of `count` dead rows that gives them up one batch at a time, recording each batch size. */
function deadRows(count: number) {
  let left = count;
  const limits: number[] = [];
  const deleteBatch = async (limit: number) => {
    limits.push(limit);
    const deleted = Math.min(left, limit);
    left -= deleted;
    return deleted;
  };
  return { deleteBatch, limits, left: () => left };
}

function setUp(sessionCount: number, tokenCount: number) {
  const config = AppConfig.fromEnvironment({
    AUTH_PURGE_BATCH_SIZE: '100',
    AUTH_REFRESH_ABSOLUTE_DAYS: '12',
  });
  const sessions = deadRows(sessionCount);
  const tokens = deadRows(tokenCount);
  const absoluteDays: number[] = [];
  const sut = new AuthPurgeService(
    config,
    new FakeDataSource().dataSource,
    {
      purgeDead: (_: unknown, days: number, limit: number) => {
        absoluteDays.push(days);
        return sessions.deleteBatch(limit);
      },
    } as unknown as RefreshSessionsRepository,
    {
      purgeExpired: (_: unknown, limit: number) => tokens.deleteBatch(limit),
    } as unknown as EmailTokensRepository,
  );
  return { sut, sessions, tokens, absoluteDays };
}

describe('AuthPurgeService', () => {
  it('deletes in bounded batches until a batch comes back short, and counts what went', async () => {
    const { sut, sessions, tokens, absoluteDays } = setUp(250, 40);

    await expect(sut.purge()).resolves.toEqual({ refreshSessions: 250, emailTokens: 40 });

    expect(sessions.limits).toEqual([100, 100, 100]);
    expect(tokens.limits).toEqual([100]);
    expect([sessions.left(), tokens.left()]).toEqual([0, 0]);
    expect(new Set(absoluteDays)).toEqual(new Set([12]));
  });

  it('asks once more after a full last batch and stops on the empty answer', async () => {
    const { sut, sessions } = setUp(200, 0);

    await expect(sut.purge()).resolves.toEqual({ refreshSessions: 200, emailTokens: 0 });
    expect(sessions.limits).toEqual([100, 100, 100]);
  });
});
