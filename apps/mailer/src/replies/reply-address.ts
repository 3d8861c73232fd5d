import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * 96 bits of MAC: out of reach of forgery by guessing (2^96 tries against a rate-limited
 * listener), and short enough that the whole token fits in an address's local part.
 */
const MAC_BYTES = 12;
const USER_BYTES = 16;
/** RFC 4648 base32, lower-cased: one case only, because mail systems do not all keep it. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
/** (16 + 12) bytes in base32 characters. */
export const REPLY_TOKEN_LENGTH = Math.ceil(((USER_BYTES + MAC_BYTES) * 8) / 5);
/** RFC 5321 §4.5.3.1.1. */
export const MAX_LOCAL_PART = 64;
const TOKEN = new RegExp(`^[${ALPHABET}]{${REPLY_TOKEN_LENGTH}}$`);
const UUID_HEX = /^[0-9a-f]{32}$/;

export interface ReplyTarget {
  eventId: string;
  userId: string;
  /** The address the invitation was mailed to: the only ATTENDEE a reply may name. */
  email: string;
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

function uuidOf(bytes: Buffer): string | undefined {
  const hex = bytes.toString('hex');
  if (!UUID_HEX.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Signs the event, the person and the address the invitation went to. Only the person's id is
 * in the token: the event comes back as the reply's UID and the address as its ATTENDEE, so a
 * reply about another event or naming someone else fails this MAC.
 */
function macOf(secret: string, target: ReplyTarget): Buffer {
  return createHmac('sha256', secret)
    .update('agora itip reply\0', 'utf8')
    .update(uuidBytes(target.eventId))
    .update(uuidBytes(target.userId))
    .update(target.email.trim().toLowerCase(), 'utf8')
    .digest()
    .subarray(0, MAC_BYTES);
}

/** The personal token of one recipient of one event's invitations. Nothing is stored. */
export function replyToken(secret: string, target: ReplyTarget): string {
  return base32(Buffer.concat([uuidBytes(target.userId), macOf(secret, target)]));
}

/**
 * The person a reply speaks for, when its token was signed by us for this event (from the
 * reply's UID) and the address its ATTENDEE names; undefined otherwise.
 */
export function verifyReplyToken(
  secret: string,
  token: string,
  claimed: { eventId: string; email: string },
): string | undefined {
  const normalized = token.toLowerCase();
  if (!TOKEN.test(normalized)) return undefined;
  const bytes = fromBase32(normalized);
  const userId = uuidOf(bytes.subarray(0, USER_BYTES));
  if (!userId) return undefined;
  const expected = macOf(secret, { ...claimed, userId });
  const given = bytes.subarray(USER_BYTES, USER_BYTES + MAC_BYTES);
  return given.length === MAC_BYTES && timingSafeEqual(given, expected) ? userId : undefined;
}

/** `rsvp@example.org` split where the token goes: `rsvp+<token>@example.org`. */
export class ReplyAddress {
  readonly local: string;
  readonly domain: string;

  constructor(readonly base: string) {
    const at = base.lastIndexOf('@');
    this.local = base.slice(0, at);
    this.domain = base.slice(at + 1).toLowerCase();
  }

  /** Why this base address cannot carry a token, or undefined when it can. */
  static problemWith(base: string): string | undefined {
    const at = base.lastIndexOf('@');
    const local = base.slice(0, at);
    if (at < 1) return 'must be an address';
    if (local.includes('+')) return 'must not contain "+": the token follows it';
    if (local.length + 1 + REPLY_TOKEN_LENGTH > MAX_LOCAL_PART)
      return `its local part must be at most ${MAX_LOCAL_PART - 1 - REPLY_TOKEN_LENGTH} characters (the token takes ${REPLY_TOKEN_LENGTH + 1})`;
    return undefined;
  }

  for(token: string): string {
    return `${this.local}+${token}@${this.domain}`;
  }

  /**
   * The token of an address `local+token@domain`, or undefined for any other address. The
   * local part compares without case: some relays lower-case it.
   */
  tokenOf(address: string): string | undefined {
    const at = address.lastIndexOf('@');
    if (at < 0 || address.slice(at + 1).toLowerCase() !== this.domain) return undefined;
    const local = address.slice(0, at);
    const prefix = `${this.local}+`;
    if (local.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return undefined;
    const token = local.slice(prefix.length).toLowerCase();
    return TOKEN.test(token) ? token : undefined;
  }
}

/** The reply addresses of the mailer's configuration: signs them out, reads them back. */
export class ReplyAddresses {
  private readonly address: ReplyAddress;
  private readonly secret: string;

  constructor(config: { address: string; secret: string }) {
    this.address = new ReplyAddress(config.address);
    this.secret = config.secret;
  }

  get domain(): string {
    return this.address.domain;
  }

  /** `rsvp+<token>@domain` for this person and event, at the address they were mailed. */
  addressFor(target: ReplyTarget): string {
    return this.address.for(replyToken(this.secret, target));
  }

  /** The token of an address of ours, or undefined: what the listener accepts at RCPT TO. */
  tokenOf(address: string): string | undefined {
    return this.address.tokenOf(address);
  }

  /** The person the token speaks for, if it was signed for this event and ATTENDEE. */
  verify(token: string, claimed: { eventId: string; email: string }): string | undefined {
    return verifyReplyToken(this.secret, token, claimed);
  }
}
