import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '../config/app-config';
import { PasswordChecksBusy } from './auth-problems';
import { generateSecretToken } from './secret-tokens';

/**
 * argon2id at OWASP's recommended setting (19 MiB, 2 passes, 1 lane; Password Storage Cheat Sheet):
 * about a quarter of the time and a third of the memory of the library's default (64 MiB,
 * 3 passes), so a two-core replica serves several times the logins at the same safety floor.
 * Why and what was measured: docs/accounts.md.
 */
export const HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

/** What a client is told to wait when the line is full: a few hashes' time. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * At most `concurrency` tasks at once and at most `queueLimit` waiting; one more is refused at
 * once with PasswordChecksBusy (503, Retry-After) rather than queued without end.
 */
export class BoundedPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queueLimit: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.concurrency) {
      this.running += 1;
    } else if (this.waiting.length < this.queueLimit) {
      // The slot is handed over by the task that finishes: `running` stays the same.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      throw new PasswordChecksBusy(BUSY_RETRY_AFTER_SECONDS);
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

/**
 * Hashes and checks passwords. Each argon2 run takes 19 MiB and a thread of libuv's pool, so
 * runs go through a bounded pool per process (PASSWORD_HASH_CONCURRENCY at once,
 * PASSWORD_HASH_QUEUE waiting): a flood of password checks costs a bounded amount of memory
 * and leaves threads to the rest of the process.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;
  private readonly pool: BoundedPool;

  constructor(config: AppConfig) {
    this.pool = new BoundedPool(config.auth.hashConcurrency, config.auth.hashQueue);
  }

  /** Rejects with PasswordChecksBusy when the pool's line is full. */
  hash(password: string): Promise<string> {
    return this.pool.run(() => argon2.hash(password, HASH_OPTIONS));
  }

  /**
   * False for a wrong password and for a hash that cannot be read. Rejects with
   * PasswordChecksBusy when the pool's line is full.
   */
  async verify(hash: string, password: string): Promise<boolean> {
    return this.pool.run(async () => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    });
  }

  /**
   * True for a hash made with other parameters than today's (older accounts): the login that
   * has just proved the password hashes it again, so every account moves to the current setting.
   */
  needsRehash(hash: string): boolean {
    try {
      return argon2.needsRehash(hash, HASH_OPTIONS);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as checking a real password and always fails, so a login for an
   * unknown email cannot be told apart from a wrong password by its timing.
   */
  async verifyAgainstNobody(password: string): Promise<false> {
    this.dummyHash ??= this.hash(generateSecretToken()).catch((error: unknown) => {
      this.dummyHash = undefined;
      throw error;
    });
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
