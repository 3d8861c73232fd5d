import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes = 256 bits of entropy, URL-safe so it fits in a link. */
export const SECRET_TOKEN_BYTES = 32;

/** A fresh secret for an email link or a refresh cookie. */
export function generateSecretToken(): string {
  return randomBytes(SECRET_TOKEN_BYTES).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 is enough (no salt, no slow
 * hash): the token already has 256 bits of entropy, so it cannot be guessed from its hash, and
 * an unsalted hash can be looked up through a unique index.
 */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
