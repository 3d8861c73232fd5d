import { randomUUID } from 'node:crypto';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-tokens';

describe('unsubscribe tokens', () => {
  const subscription = { userId: randomUUID(), associationId: randomUUID() };
  const sut = unsubscribeToken('secret', subscription);

  it('is URL-safe and names the person and the association', () => {
    expect(sut).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(readUnsubscribeToken('secret', sut)).toEqual(subscription);
  });

  it('refuses a token signed with another secret', () => {
    expect(readUnsubscribeToken('other', sut)).toBeUndefined();
  });

  it('refuses a token whose ids were changed', () => {
    const bytes = Buffer.from(sut, 'base64url');
    bytes[20] ^= 1;
    expect(readUnsubscribeToken('secret', bytes.toString('base64url'))).toBeUndefined();
  });

  it.each(['', 'x', `${sut}A`, sut.slice(1), `${sut.slice(0, 63)}!`])(
    'refuses a malformed token %p',
    (token) => {
      expect(readUnsubscribeToken('secret', token)).toBeUndefined();
    },
  );
});
