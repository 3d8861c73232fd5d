import { randomUUID } from 'node:crypto';
import { RoutingKey } from './routing-keys';
import { createReport, parseReport, ReportKey } from './reports';

const outcome = {
  sourceMessageId: randomUUID(),
  eventId: randomUUID(),
  sequence: 3,
  userId: randomUUID(),
  template: RoutingKey.EventUpdated,
};

describe('outcome reports', () => {
  it('round-trips a dead-letter report', () => {
    const report = createReport(
      ReportKey.MailDeadLettered,
      { ...outcome, reason: '450 mailbox full' },
      { id: randomUUID(), correlationId: 'c' },
    );
    expect(parseReport(JSON.parse(JSON.stringify(report)))).toEqual({ ok: true, envelope: report });
  });

  it('rejects a sent report without its Message-ID, and a report of an unknown kind', () => {
    const base = { id: randomUUID(), occurredAt: new Date().toISOString(), correlationId: 'c' };
    expect(parseReport({ ...base, type: ReportKey.MailSent, data: outcome })).toMatchObject({
      ok: false,
      error: expect.stringContaining('smtpMessageId'),
    });
    expect(parseReport({ ...base, type: 'event.created', data: outcome }).ok).toBe(false);
  });

  it('only reports event mail', () => {
    expect(() =>
      createReport(
        ReportKey.MailFailed,
        { ...outcome, template: RoutingKey.MembershipInvited as never, reason: 'x', permanent: true },
        { id: randomUUID(), correlationId: 'c' },
      ),
    ).toThrow();
  });
});
