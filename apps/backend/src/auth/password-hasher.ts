import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { generateSecretToken } from './secret-tokens';

/** argon2id with the library's defaults (64 MiB, 3 passes), above OWASP's minimum. */
const HASH_OPTIONS = { type: argon2.argon2id } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return argon2.hash(password, HASH_OPTIONS);
  }

  /** False for a wrong password and for a hash that cannot be read. */
  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same time as checking a real password and always fails, so a login for an
   * unknown email cannot be told apart from a wrong password by its timing.
   */
  async verifyAgainstNobody(password: string): Promise<false> {
    this.dummyHash ??= this.hash(generateSecretToken());
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
