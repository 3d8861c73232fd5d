import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { RoutingKey } from '@app/contracts';
import { DEAD_LETTER_QUEUE, MAILER_QUEUE } from '@app/messaging';
import { waitFor } from '@app/messaging/testing/eventually';
import { member, MailerHarness } from './support/mailer-harness';
import { MailerProcess } from './support/mailer-process';

// Real services and real outages: these tests wait for retries and restarts.
jest.setTimeout(180_000);

function eventFor(harness: MailerHarness, count: number) {
  return harness.envelope(RoutingKey.EventCreated, {
    event: {
      uid: `fault-${count}@agora.test`,
      sequence: 0,
      title: 'Fault drill',
      description: null,
      location: null,
      startsAt: '2026-12-15T17:30:00.000Z',
      endsAt: '2026-12-15T19:30:00.000Z',
      timeZone: 'Europe/Paris',
    },
    association: { id: '5f7b1c1e-8d1a-4a39-9a51-6d1c0e6b4f11', name: 'Drill club' },
    organizer: { name: 'Ada Admin', email: 'ada@example.org' },
    recipients: Array.from({ length: count }, (_, index) => member(index, index % 2 ? 'fr' : 'en')),
  });
}

function expectEachOnce(harness: MailerHarness, count: number) {
  const counts = harness.smtp.countsByRecipient();
  const expected = Array.from({ length: count }, (_, index) => member(index).email);
  expect(expected.map((email) => counts.get(email) ?? 0)).toEqual(expected.map(() => 1));
  expect(harness.smtp.mails.every((mail) => mail.envelopeTo.length === 1)).toBe(true);
}

describe('mailer faults', () => {
  describe('the SMTP server goes down for 15 s in the middle of an event for 50 members', () => {
    let harness: MailerHarness;
    afterAll(() => harness?.close());

    it('delivers all 50 mails, each once, after it returns', async () => {
      let outage: Promise<void> | undefined;
      harness = await MailerHarness.create({
        beforeAccept: () => {
          // The outage starts while the batch is being sent.
          if (harness.smtp.mails.length === 10) outage ??= harness.smtp.stop();
        },
      });
      await harness.startMailer({ MAILER_RETRY_DELAYS_MS: '1000,2000,4000,8000,16000,30000', MAILER_CONCURRENCY: '4' });
      const envelope = eventFor(harness, 50);
      await harness.publish(envelope);

      await waitFor(() => outage !== undefined, Boolean, { what: 'the outage' });
      await outage;
      const outageStart = Date.now();
      await waitFor(() => harness.metric('agora_mailer_retries_total'), (retried) => retried >= 1, { what: 'a retry' });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 15_000 - (Date.now() - outageStart))));
      expect(harness.smtp.mails.length).toBeLessThan(50);
      await harness.smtp.start();

      await waitFor(() => harness.smtp.mails.length, (count) => count >= 50, { what: '50 mails', timeoutMs: 90_000 });
      await waitFor(() => harness.vhost.queueDepths(), (depths) => depths[MAILER_QUEUE] === 0, { what: 'the queue to empty' });
      expectEachOnce(harness, 50);
      const rows = await harness.deliveryRows(envelope.id);
      expect(rows.filter((row) => row.status === 'sent')).toHaveLength(50);
      expect((await harness.vhost.queueDepths())[DEAD_LETTER_QUEUE]).toBe(0);
    });
  });

  describe('the mailer is killed with SIGKILL in the middle of a batch', () => {
    let harness: MailerHarness;
    let mailer: MailerProcess | undefined;
    afterAll(async () => {
      await mailer?.kill('SIGKILL');
      await harness?.close();
    });

    it('is restarted and mails every recipient exactly once', async () => {
      let phase: 'before-kill' | 'after-kill' = 'before-kill';
      const releases: (() => void)[] = [];
      harness = await MailerHarness.create({
        // After 30 acceptances the server stops answering: the mails in flight at the kill are
        // never accepted, as when a process dies before the server's reply.
        beforeAccept: () => {
          if (phase === 'after-kill' || harness.smtp.mails.length < 30) return;
          return new Promise<void>((_, reject) => releases.push(() => reject(new Error('connection lost'))));
        },
      });
      const envelope = eventFor(harness, 100);
      await harness.publish(envelope);

      mailer = new MailerProcess(harness.environment());
      mailer.start();
      await waitFor(() => harness.smtp.mails.length, (count) => count === 30, { what: '30 mails', timeoutMs: 90_000 });
      // Mid-batch: 30 recipients mailed and recorded, others in flight, the message unacknowledged.
      await waitFor(async () => (await harness.deliveryRows(envelope.id)).filter((row) => row.status === 'sent').length, (sent) => sent === 30, { what: '30 delivery records' });
      await mailer.kill('SIGKILL');
      phase = 'after-kill';
      releases.forEach((release) => release());

      // The unacknowledged message went back to the queue when the mailer died.
      await waitFor(() => harness.vhost.queueDepths(), (depths) => depths[MAILER_QUEUE] === 1, { what: 'the message back in the queue' });
      mailer = new MailerProcess(harness.environment());
      mailer.start();
      await waitFor(() => harness.smtp.mails.length, (count) => count >= 100, { what: '100 mails', timeoutMs: 90_000 });
      await waitFor(() => harness.vhost.queueDepths(), (depths) => depths[MAILER_QUEUE] === 0, { what: 'the ack' });
      expectEachOnce(harness, 100);
      await mailer.kill('SIGTERM');
    });
  });

  describe('a message that runs out of attempts', () => {
    let harness: MailerHarness;
    afterAll(() => harness?.close());

    it('is dead-lettered and `npm run mailer:replay-dead` brings it back', async () => {
      harness = await MailerHarness.create();
      await harness.smtp.stop();
      await harness.startMailer({ MAILER_RETRY_DELAYS_MS: '100,200' });
      const envelope = harness.envelope(RoutingKey.AccountVerificationRequested, {
        recipient: { email: 'patient@example.org', name: 'Patient', locale: 'en' },
        verifyUrl: 'http://agora.test/verify?token=late',
        expiresAt: '2026-12-01T10:00:00.000Z',
      });
      await harness.publish(envelope);
      await waitFor(
        () => harness.metric('agora_mailer_dead_lettered_total', { type: RoutingKey.AccountVerificationRequested, reason: 'attempts-exhausted' }),
        (count) => count === 1,
        { what: 'the dead letter' },
      );
      await waitFor(() => harness.vhost.queueDepths(), (depths) => depths[DEAD_LETTER_QUEUE] === 1 && depths[MAILER_QUEUE] === 0, { what: 'the dead-letter queue' });
      expect(await harness.deliveryRows(envelope.id)).toEqual([{ recipient: 'patient@example.org', status: 'pending', attempts: 3 }]);

      await harness.smtp.start();
      const replay = spawn('npm', ['run', '--silent', 'mailer:replay-dead'], {
        cwd: join(__dirname, '../../..'),
        env: { ...process.env, AMQP_URL: harness.vhost.url },
      });
      let output = '';
      replay.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise((resolve) => replay.once('exit', resolve));
      expect(code).toBe(0);
      expect(output).toContain('Replayed 1 dead letter(s)');

      await waitFor(() => harness.smtp.mails.length, (count) => count === 1, { what: 'the replayed mail' });
      await waitFor(() => harness.vhost.queueDepths(), (depths) => depths[MAILER_QUEUE] === 0 && depths[DEAD_LETTER_QUEUE] === 0, { what: 'empty queues' });
      expect(harness.smtp.mails[0].envelopeTo).toEqual(['patient@example.org']);
    });
  });
});
