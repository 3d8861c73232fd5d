import {
  MAX_LOCAL_PART,
  REPLY_TOKEN_LENGTH,
  ReplyAddress,
  ReplyAddresses,
  replyToken,
  verifyReplyToken,
} from './reply-address';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const target = {
  eventId: '0b6a8f2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  userId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  email: 'Zoe@Example.org',
};
const claim = { eventId: target.eventId, email: 'zoe@example.org' };

describe('reply tokens', () => {
  it('name the person they were signed for, for that event and address', () => {
    const sut = replyToken(SECRET, target);

    expect(sut).toMatch(/^[a-z2-7]+$/);
    expect(sut).toHaveLength(REPLY_TOKEN_LENGTH);
    expect(verifyReplyToken(SECRET, sut, claim)).toBe(target.userId);
    // Some relays upper- or lower-case the local part: the token has one case only.
    expect(verifyReplyToken(SECRET, sut.toUpperCase(), claim)).toBe(target.userId);
  });

  it('answer for nobody else: another event, another ATTENDEE, another secret, a changed character', () => {
    const sut = replyToken(SECRET, target);
    const flipped = sut.slice(0, 30) + (sut[30] === 'a' ? 'b' : 'a') + sut.slice(31);

    expect(verifyReplyToken(SECRET, sut, { ...claim, eventId: 'c0ffee00-0000-4000-8000-000000000000' })).toBeUndefined();
    expect(verifyReplyToken(SECRET, sut, { ...claim, email: 'eve@example.org' })).toBeUndefined();
    expect(verifyReplyToken('another-secret-of-at-least-thirty-two-chars', sut, claim)).toBeUndefined();
    expect(verifyReplyToken(SECRET, flipped, claim)).toBeUndefined();
    expect(verifyReplyToken(SECRET, sut.slice(1), claim)).toBeUndefined();
    expect(verifyReplyToken(SECRET, '', claim)).toBeUndefined();
  });

  it('cannot be moved to another person: the person is signed too', () => {
    const other = replyToken(SECRET, { ...target, userId: '11111111-2222-4333-8444-555555555555' });

    expect(other.slice(0, 26)).not.toBe(replyToken(SECRET, target).slice(0, 26));
    expect(verifyReplyToken(SECRET, other, claim)).toBe('11111111-2222-4333-8444-555555555555');
    const spliced = other.slice(0, 25) + replyToken(SECRET, target).slice(25);
    expect(verifyReplyToken(SECRET, spliced, claim)).toBeUndefined();
  });
});

describe('ReplyAddresses', () => {
  const sut = new ReplyAddresses({ address: 'rsvp@Example.org', secret: SECRET });

  it('personalises the platform address and fits an RFC 5321 local part', () => {
    const address = sut.addressFor(target);
    const [local, domain] = address.split('@');

    expect(local).toMatch(/^rsvp\+[a-z2-7]+$/);
    expect(local.length).toBeLessThanOrEqual(MAX_LOCAL_PART);
    expect(domain).toBe('example.org');
    expect(sut.tokenOf(address)).toBe(local.slice(5));
    expect(sut.verify(sut.tokenOf(address.toUpperCase())!, claim)).toBe(target.userId);
  });

  it('reads tokens only from its own addresses', () => {
    const token = replyToken(SECRET, target);

    expect(sut.tokenOf(`rsvp+${token}@example.org`)).toBe(token);
    expect(sut.tokenOf(`RSVP+${token}@EXAMPLE.ORG`)).toBe(token);
    expect(sut.tokenOf('rsvp@example.org')).toBeUndefined();
    expect(sut.tokenOf(`rsvp+${token}@example.net`)).toBeUndefined();
    expect(sut.tokenOf(`other+${token}@example.org`)).toBeUndefined();
    expect(sut.tokenOf(`rsvp+${token}x@example.org`)).toBeUndefined();
    expect(sut.tokenOf(`rsvp+${token.slice(1)}@example.org`)).toBeUndefined();
  });

  it('refuses a base address that cannot carry a token', () => {
    expect(ReplyAddress.problemWith('rsvp@example.org')).toBeUndefined();
    expect(ReplyAddress.problemWith('a+b@example.org')).toMatch(/\+/);
    expect(ReplyAddress.problemWith(`${'r'.repeat(MAX_LOCAL_PART - REPLY_TOKEN_LENGTH - 1)}@example.org`)).toBeUndefined();
    expect(ReplyAddress.problemWith(`${'r'.repeat(MAX_LOCAL_PART - REPLY_TOKEN_LENGTH)}@example.org`)).toMatch(/at most/);
  });
});
