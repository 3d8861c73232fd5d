import * as argon2 from 'argon2';
import { AppConfig } from '../config/app-config';
import { PasswordChecksBusy } from './auth-problems';
import { BoundedPool, BUSY_RETRY_AFTER_SECONDS, PasswordHasher } from './password-hasher';

// Each argon2id hash takes 19 MiB and a noticeable moment; a busy machine runs the whole suite at once.
jest.setTimeout(30_000);

describe('PasswordHasher', () => {
  const sut = new PasswordHasher(AppConfig.fromEnvironment({}));

  it('hashes with argon2id and verifies the same password only', async () => {
    const hash = await sut.hash('violet kettle orbit 42');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('violet');
    await expect(sut.verify(hash, 'violet kettle orbit 42')).resolves.toBe(true);
    await expect(sut.verify(hash, 'violet kettle orbit 43')).resolves.toBe(false);
  });

  it("hashes at OWASP's recommended setting and asks to rehash what older settings made", async () => {
    const current = await sut.hash('violet kettle orbit 42');
    const parameters = current.split('$')[3].split(',').sort();
    expect(current).toMatch(/^\$argon2id\$/);
    expect(parameters).toEqual(['m=19456', 'p=1', 't=2']);
    expect(sut.needsRehash(current)).toBe(false);

    const older = await argon2.hash('violet kettle orbit 42', { type: argon2.argon2id });
    expect(sut.needsRehash(older)).toBe(true);
    await expect(sut.verify(older, 'violet kettle orbit 42')).resolves.toBe(true);
    expect(sut.needsRehash('not-a-hash')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await sut.hash('violet kettle orbit 42')).not.toBe(
      await sut.hash('violet kettle orbit 42'),
    );
  });

  it('answers false, not an error, for an unreadable hash', async () => {
    await expect(sut.verify('not-a-hash', 'whatever')).resolves.toBe(false);
  });

  it('never accepts anything when there is no user', async () => {
    await expect(sut.verifyAgainstNobody('violet kettle orbit 42')).resolves.toBe(false);
    await expect(sut.verifyAgainstNobody('')).resolves.toBe(false);
  });
});

/** A task that runs until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let started = 0;
  return {
    task: async () => {
      started += 1;
      await opened;
      return started;
    },
    open,
    started: () => started,
  };
}

describe('BoundedPool', () => {
  it('runs at most `concurrency` tasks, queues up to the limit and refuses one more with a 503 problem', async () => {
    const pool = new BoundedPool(2, 1);
    const slow = gate();
    const running = [pool.run(slow.task), pool.run(slow.task)];
    const queued = pool.run(slow.task);
    expect(slow.started()).toBe(2);

    const refused = pool.run(slow.task);
    await expect(refused).rejects.toBeInstanceOf(PasswordChecksBusy);
    const problem = (await refused.catch((error: unknown) => error)) as PasswordChecksBusy;
    expect(problem.getStatus()).toBe(503);
    expect(problem.slug).toBe('password-checks-busy');
    expect(problem.headers).toEqual({ 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) });
    expect(slow.started()).toBe(2);

    slow.open();
    await Promise.all([...running, queued]);
    expect(slow.started()).toBe(3);
    // Every slot is free again.
    await expect(Promise.all([pool.run(async () => 1), pool.run(async () => 2)])).resolves.toEqual([
      1, 2,
    ]);
  });

  it('gives the slot of a failed task to the next one', async () => {
    const pool = new BoundedPool(1, 1);
    const failing = pool.run(() => Promise.reject(new Error('boom')));
    const next = pool.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});

describe('PasswordHasher under load', () => {
  it('answers 503 at once when every slot and the line are taken, instead of queueing another 19 MiB hash', async () => {
    const hasher = new PasswordHasher(
      AppConfig.fromEnvironment({ PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_QUEUE: '0' }),
    );
    const hash = await hasher.hash('violet kettle orbit 42');
    const first = hasher.verify(hash, 'violet kettle orbit 42');
    await expect(hasher.verify(hash, 'wrong guess')).rejects.toBeInstanceOf(PasswordChecksBusy);
    await expect(first).resolves.toBe(true);
    await expect(hasher.verify(hash, 'wrong guess')).resolves.toBe(false);
  });
});
