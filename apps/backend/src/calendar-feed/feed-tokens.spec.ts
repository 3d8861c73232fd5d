import { entityTagOf, feedToken, isFeedTokenShaped, matchesEntityTag } from './feed-tokens';

describe('feedToken', () => {
  it('is URL-safe, 256 bits, and changes with the user, the salt and the secret', () => {
    const sut = feedToken('secret', 'user-1', 'salt-1');
    expect(isFeedTokenShaped(sut)).toBe(true);
    expect(feedToken('secret', 'user-1', 'salt-1')).toBe(sut);
    expect(feedToken('secret', 'user-2', 'salt-1')).not.toBe(sut);
    expect(feedToken('secret', 'user-1', 'salt-2')).not.toBe(sut);
    expect(feedToken('other', 'user-1', 'salt-1')).not.toBe(sut);
  });

  it('refuses anything not shaped like a token before it reaches the database', () => {
    for (const bad of ['', 'x', `${'a'.repeat(43)}.`, 'a'.repeat(44), `${'a'.repeat(42)}/`])
      expect(isFeedTokenShaped(bad)).toBe(false);
  });
});

describe('entity tags', () => {
  const tag = entityTagOf('BEGIN:VCALENDAR');

  it('is a quoted strong tag that follows the body', () => {
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(entityTagOf('BEGIN:VCALENDAR')).toBe(tag);
    expect(entityTagOf('BEGIN:VCALENDAR ')).not.toBe(tag);
  });

  it.each([
    [tag, true],
    [`W/${tag}`, true],
    [`"other", ${tag}`, true],
    ['*', true],
    ['"other"', false],
    [undefined, false],
    ['', false],
  ])('If-None-Match %p matches: %p', (header, expected) => {
    expect(matchesEntityTag(header, tag)).toBe(expected);
  });
});
