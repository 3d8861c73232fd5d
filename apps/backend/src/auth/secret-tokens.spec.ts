import { generateSecretToken, hashSecretToken } from './secret-tokens';

describe('secret tokens', () => {
  it('carries 256 bits in URL-safe base64', () => {
    const token = generateSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('is different every time', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSecretToken));
    expect(tokens.size).toBe(1000);
  });

  it('hashes to the SHA-256 hex digest, never containing the token', () => {
    const token = generateSecretToken();
    const hash = hashSecretToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashSecretToken(token)).toBe(hash);
    expect(hashSecretToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives different hashes for different tokens', () => {
    expect(hashSecretToken(generateSecretToken())).not.toBe(hashSecretToken(generateSecretToken()));
  });
});
