import { randomUUID } from 'node:crypto';
import { createEnvelope, parseEnvelope } from './envelope';
import { RoutingKey } from './routing-keys';

const verification = {
  recipient: { email: 'ada@example.org', name: 'Ada Lovelace', locale: 'en' as const },
  verifyUrl: 'http://127.0.0.1:8080/verify?token=abc',
  expiresAt: '2026-12-01T10:00:00.000Z',
};

describe('message envelope', () => {
  it('round-trips a valid verification message', () => {
    const envelope = createEnvelope(RoutingKey.AccountVerificationRequested, verification, {
      id: randomUUID(),
      correlationId: 'req-1',
    });
    const parsed = parseEnvelope(JSON.parse(JSON.stringify(envelope)));
    expect(parsed).toEqual({ ok: true, envelope });
  });

  it('rejects an unknown routing key', () => {
    const parsed = parseEnvelope({
      id: randomUUID(),
      type: 'account.deleted',
      occurredAt: new Date().toISOString(),
      correlationId: 'x',
      data: verification,
    });
    expect(parsed.ok).toBe(false);
  });

  it('rejects a payload that does not match the schema of its type', () => {
    const parsed = parseEnvelope({
      id: randomUUID(),
      type: RoutingKey.EventCreated,
      occurredAt: new Date().toISOString(),
      correlationId: 'x',
      data: verification,
    });
    expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining('event') });
  });

  it('refuses to build a message whose link is not http(s)', () => {
    expect(() =>
      createEnvelope(
        RoutingKey.AccountVerificationRequested,
        { ...verification, verifyUrl: 'javascript:alert(1)' },
        { id: randomUUID(), correlationId: 'x' },
      ),
    ).toThrow();
  });
});
