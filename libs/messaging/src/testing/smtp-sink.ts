import { type AddressInfo, createServer, type Server } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP envelope: who the server was asked to deliver to. */
  envelopeTo: string[];
  raw: Buffer;
  /** Parsed lazily: parsing thousands of mails would dominate a benchmark. */
  parse(): Promise<ParsedMail>;
}

export interface SmtpSinkOptions {
  /** Parse nothing, keep nothing but the envelope (benchmarks). */
  envelopeOnly?: boolean;
  /** Called before the server answers a mail; the mail counts as accepted only if it resolves. */
  beforeAccept?: (mail: ReceivedMail) => Promise<void> | void;
  /** Answers RCPT TO for this address with an error (e.g. 450 or 550) instead of accepting it. */
  refuseRecipient?: RecipientRefusal;
}

/** The SMTP reply to give an address at RCPT TO, or undefined to accept it; it may wait before answering. */
export type RecipientRefusal = (
  address: string,
) => SmtpRefusal | undefined | Promise<SmtpRefusal | undefined>;
export interface SmtpRefusal {
  code: number;
  message: string;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it accepts. It can be stopped and started again
 * on the same port, to play an SMTP outage.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  private server?: SMTPServer;
  /**
   * Holds the port during an outage. A released port can be handed by the kernel to another
   * test's server, which would then receive this sink's mail.
   */
  private placeholder?: Server;
  private port = 0;
  /** May be changed while the server runs: a refused address can be accepted again. */
  refuseRecipient?: RecipientRefusal;

  constructor(private readonly options: SmtpSinkOptions = {}) {
    this.refuseRecipient = options.refuseRecipient;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.releasePlaceholder();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      size: 50 * 1024 * 1024,
      onRcptTo: (address, _session, callback) =>
        void Promise.resolve(this.refuseRecipient?.(address.address.toLowerCase())).then((refusal) =>
          refusal ? callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code })) : callback(),
        ),
      onData: (stream, session, callback) => void this.receive(stream, session).then(() => callback(), callback),
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = this.options.envelopeOnly ? Buffer.alloc(0) : Buffer.concat(chunks);
    const mail: ReceivedMail = {
      envelopeTo: session.envelope.rcptTo.map((entry) => entry.address.toLowerCase()),
      raw,
      parse: () => simpleParser(raw),
    };
    await this.options.beforeAccept?.(mail);
    this.mails.push(mail);
  }

  /**
   * An outage: drops every open connection, and every new one is reset at once, so senders see
   * the server as down. The port stays this sink's until `start()` or `close()`.
   */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const placeholder = createServer((socket) => socket.resetAndDestroy());
    await new Promise<void>((resolve, reject) => {
      placeholder.once('error', reject);
      placeholder.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.placeholder = placeholder;
  }

  /** Stops for good and gives the port back. */
  async close(): Promise<void> {
    await this.stop();
    await this.releasePlaceholder();
  }

  private async releasePlaceholder(): Promise<void> {
    const placeholder = this.placeholder;
    this.placeholder = undefined;
    if (placeholder) await new Promise<void>((resolve) => placeholder.close(() => resolve()));
  }

  /** How many mails each envelope recipient received. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.mails) {
      for (const address of mail.envelopeTo) counts.set(address, (counts.get(address) ?? 0) + 1);
    }
    return counts;
  }
}
