import 'reflect-metadata';
import { PasswordHasher } from '../../apps/backend/src/auth/password-hasher';
import { AppConfig } from '../../apps/backend/src/config/app-config';

export interface Argon2Rate {
  hashesPerSecond: number;
  concurrency: number;
  durationSeconds: number;
  note: string;
}

/**
 * How many argon2 password checks per second this machine does with the backend's own hasher
 * (same parameters), `concurrency` at a time: the ceiling of the log-in route.
 */
export async function measureArgon2(durationSeconds: number, concurrency = 4): Promise<Argon2Rate> {
  // As many at once as asked, nobody waiting: the machine's ceiling, not the pool's.
  const hasher = new PasswordHasher(
    AppConfig.fromEnvironment({
      PASSWORD_HASH_CONCURRENCY: String(concurrency),
      PASSWORD_HASH_QUEUE: '0',
    }),
  );
  const password = 'bench-password-for-argon2-rate';
  const hash = await hasher.hash(password);
  let done = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        if (!(await hasher.verify(hash, password))) throw new Error('argon2 verify failed on its own hash');
        done += 1;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    hashesPerSecond: Math.round((done / seconds) * 10) / 10,
    concurrency,
    durationSeconds: Math.round(seconds * 10) / 10,
    note: 'PasswordHasher.verify (argon2id, the backend parameters) in the harness process, libuv pool of 4',
  };
}
