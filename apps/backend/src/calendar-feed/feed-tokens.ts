import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The shape of a feed token: 32 bytes in base64url, nothing else reaches the database. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const isFeedTokenShaped = (token: string): boolean => FEED_TOKEN.test(token);

/**
 * The token of a person's feed, computed again each time the profile page asks for it: the
 * database keeps only the random salt and the token's hash, so neither a dump nor a backup holds
 * a working URL. The server secret is bound to a purpose so this value is useless anywhere else.
 */
export function feedToken(serverSecret: string, userId: string, salt: string): string {
  return createHmac('sha256', serverSecret)
    .update(`agora calendar feed\0${userId}\0${salt}`, 'utf8')
    .digest('base64url');
}

/**
 * A strong validator of the exact bytes served: the feed is written the same way for the same
 * events (DTSTAMP is each event's last change), so a calendar that polls gets 304 until
 * something it shows has changed.
 */
export function entityTagOf(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/** If-None-Match (RFC 9110 13.1.2): `*` or a list of tags, compared weakly. */
export function matchesEntityTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  const wanted = Buffer.from(opaque(tag));
  return ifNoneMatch
    .slice(0, 4096)
    .split(',')
    .map((candidate) => Buffer.from(opaque(candidate)))
    .some((candidate) => candidate.length === wanted.length && timingSafeEqual(candidate, wanted));
}
