import { AddressInfo } from 'node:net';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { eventIdOfUid } from '@app/contracts';
import { InboundConfig, MailerConfig } from '../config/mailer-config';
import { InboundOutcome, MailerMetrics } from '../metrics/mailer-metrics';
import { parseReplyMail } from './parse-reply';
import { RateLimit } from './rate-limit';
import { ReplyAddresses } from './reply-address';
import { ReplyPublisher } from './reply-publisher';

/** An MTA relays one reply per transaction; a few recipients at once are tolerated, no more. */
const MAX_RECIPIENTS = 5;

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The SMTP listener of the reply addresses (`rsvp+<token>@domain`): calendars send their iTIP
 * REPLY to the ORGANIZER of our invitations, and the site's MTA relays those here. A REPLY whose
 * UID is one of our events and whose ATTENDEE is the person the address was signed for becomes
 * `rsvp.replied`; anything else is accepted and dropped (a bounce would go to an address that
 * may be forged), and counted. Only a broker that does not confirm makes the MTA try again (451).
 */
@Injectable()
export class InboundReplies implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(InboundReplies.name);
  private server?: SMTPServer;
  private boundPort?: number;

  constructor(
    private readonly config: MailerConfig,
    private readonly replies: ReplyAddresses,
    private readonly publisher: ReplyPublisher,
    private readonly metrics: MailerMetrics,
  ) {}

  /** The port it listens on (tests ask for any free one), or undefined when it is off. */
  get port(): number | undefined {
    return this.boundPort;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.inbound) await this.listen(this.config.inbound);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async listen(options: InboundConfig): Promise<void> {
    const rate = new RateLimit(options.ratePerMinute);
    const server = new SMTPServer({
      banner: 'Agora calendar replies',
      // Reached only through the site's MTA on an internal network: nothing to log in to.
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      hideSTARTTLS: true,
      size: options.maxBytes,
      rejectOversized: true,
      maxClients: options.maxClients,
      maxRecipients: MAX_RECIPIENTS,
      socketTimeout: 30_000,
      closeTimeout: 5_000,
      logger: false,
      onMailFrom: (_address, _session, callback) => {
        if (rate.take()) return callback();
        this.count('rate_limited');
        callback(smtpError(451, '4.7.1 Too many replies, try again later'));
      },
      onRcptTo: (address, _session, callback) => {
        if (this.replies.tokenOf(address.address)) return callback();
        this.count('rejected_recipient');
        callback(smtpError(550, '5.1.1 No such recipient'));
      },
      onData: (stream, session, callback) => {
        void this.receive(stream, session, options.maxBytes).then(
          () => callback(),
          (error: Error & { responseCode?: number }) => callback(error),
        );
      },
    });
    server.on('error', (error) => this.logger.warn(`Inbound SMTP: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    this.boundPort = (server.server.address() as AddressInfo).port;
    this.logger.log(`Listening for calendar replies on ${options.host}:${this.boundPort}`);
  }

  /** Reads the mail (never more than the limit into memory), then handles it. */
  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession, maxBytes: number): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    }
    if (stream.sizeExceeded || size > maxBytes) {
      this.count('oversized');
      // rejectOversized answers 552 itself.
      return;
    }
    const tokens = session.envelope.rcptTo.flatMap(({ address }) => this.replies.tokenOf(address) ?? []);
    await this.handle(Buffer.concat(chunks), tokens, session.id);
  }

  private async handle(raw: Buffer, tokens: string[], sessionId: string): Promise<void> {
    const parsed = await parseReplyMail(raw);
    if (!parsed.ok) {
      this.logger.debug(`Dropped a mail to a reply address (${parsed.reason}): ${parsed.detail}`);
      return this.count(parsed.reason);
    }
    const { uid, attendee, answer } = parsed.reply;
    const eventId = eventIdOfUid(uid);
    if (!eventId) return this.count('unknown_event');
    const userId = tokens
      .map((token) => this.replies.verify(token, { eventId, email: attendee }))
      .find((id) => id !== undefined);
    if (!userId) return this.count('forged');
    try {
      const envelope = await this.publisher.publishRsvpReplied(
        { eventId, userId, answer, receivedAt: new Date().toISOString() },
        `smtp-${sessionId}`,
      );
      this.count('published');
      this.logger.log(`Calendar reply for event ${eventId}: ${answer} (message ${envelope.id})`);
    } catch (error) {
      this.count('publish_failed');
      this.logger.warn(`The broker did not confirm a calendar reply: ${(error as Error).message}`);
      throw smtpError(451, '4.3.0 Try again later');
    }
  }

  private count(outcome: InboundOutcome): void {
    this.metrics.inboundReply(outcome);
  }
}
