import { PasswordHasher } from './password-hasher';

// Each argon2id hash takes 64 MiB and a noticeable moment; a busy machine runs the whole suite at once.
jest.setTimeout(30_000);

describe('PasswordHasher', () => {
  const sut = new PasswordHasher();

  it('hashes with argon2id and verifies the same password only', async () => {
    const hash = await sut.hash('violet kettle orbit 42');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('violet');
    await expect(sut.verify(hash, 'violet kettle orbit 42')).resolves.toBe(true);
    await expect(sut.verify(hash, 'violet kettle orbit 43')).resolves.toBe(false);
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
