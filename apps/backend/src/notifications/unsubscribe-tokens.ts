import { createHmac, timingSafeEqual } from 'node:crypto';

/** 128 bits of MAC: a forgery is out of reach, and the link stays short enough for any client. */
const MAC_BYTES = 16;
const UUID_HEX = /^[0-9a-f]{32}$/;

export interface Subscription {
  userId: string;
  associationId: string;
}

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

function uuidOf(bytes: Buffer): string | undefined {
  const hex = bytes.toString('hex');
  if (!UUID_HEX.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function macOf(secret: string, ids: Buffer): Buffer {
  return createHmac('sha256', secret)
    .update('agora event mail unsubscribe\0', 'utf8')
    .update(ids)
    .digest()
    .subarray(0, MAC_BYTES);
}

/**
 * The token of a one-click unsubscribe link: the person and the association, signed with the
 * server secret bound to this one purpose. Nothing is stored, so every event mail can carry one
 * and the link keeps working as long as the mail is kept (RFC 8058 asks for that).
 */
export function unsubscribeToken(secret: string, subscription: Subscription): string {
  const ids = Buffer.concat([
    uuidBytes(subscription.userId),
    uuidBytes(subscription.associationId),
  ]);
  return Buffer.concat([ids, macOf(secret, ids)]).toString('base64url');
}

/** The subscription a token names, or undefined for anything not signed by us. */
export function readUnsubscribeToken(secret: string, token: string): Subscription | undefined {
  if (!/^[A-Za-z0-9_-]{64}$/.test(token)) return undefined;
  const bytes = Buffer.from(token, 'base64url');
  const ids = bytes.subarray(0, 32);
  if (!timingSafeEqual(bytes.subarray(32), macOf(secret, ids))) return undefined;
  const [userId, associationId] = [uuidOf(ids.subarray(0, 16)), uuidOf(ids.subarray(16))];
  return userId && associationId ? { userId, associationId } : undefined;
}
