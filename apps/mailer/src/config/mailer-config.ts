import { z } from 'zod';
import { ReplyAddress } from '../replies/reply-address';

/** The secret shipped in `.env.example`; production refuses to start with it. */
export const EXAMPLE_REPLY_SECRET = 'change-me-to-another-long-random-string-of-32-chars';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/ });

const delayList = z
  .string()
  .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'must be a comma-separated list of milliseconds, e.g. 5000,30000')
  .transform((value) => value.split(',').map((entry) => Number(entry.trim())))
  .refine((delays) => delays.every((delay) => delay >= 10 && delay <= 86_400_000), 'each delay must be 10 ms to 24 h')
  .refine((delays) => delays.length <= 20, 'at most 20 retries');

const environmentFields = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AMQP_URL: z.url({ protocol: /^amqps?$/ }).default('amqp://guest:guest@127.0.0.1:5672'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).default('smtp://127.0.0.1:1025'),
  /** The mailer's database; it only ever touches its own schema, `mailer`. */
  MAILER_DATABASE_URL: postgresUrl.optional(),
  DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/agora'),
  MAILER_DATABASE_POOL_SIZE: int(2, 100).default(10),
  /** Applies the mailer's migrations at start-up (else run `npm run mailer:migrate` first). */
  MAILER_RUN_MIGRATIONS: bool.default(true),
  MAIL_FROM: z.string().min(3).default('Agora <no-reply@agora.local>'),
  /** Messages handed to the mailer at once (RabbitMQ prefetch). */
  MAILER_PREFETCH: int(1, 1000).default(4),
  /** Mails of one message in flight at once. */
  MAILER_CONCURRENCY: int(1, 200).default(16),
  /** Pooled SMTP connections. */
  MAILER_SMTP_POOL_SIZE: int(1, 100).default(5),
  /**
   * Wait before each retry after an SMTP failure; one retry per entry, then the message is
   * dead-lettered. The default spreads six attempts over about 45 minutes.
   */
  MAILER_RETRY_DELAYS_MS: delayList.default([5_000, 30_000, 120_000, 600_000, 1_800_000]),
  /** Port of the mailer's `GET /metrics` for Prometheus (0: any free port, for tests). */
  MAILER_METRICS_PORT: int(0, 65535).default(9101),
  /** Address of that server: 0.0.0.0 in a container, so that Prometheus reaches it. */
  MAILER_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * ORGANIZER of every invitation, personalised per recipient as `rsvp+<token>@example.org`:
   * calendars send their REPLY there, and the site's MTA relays it to MAIL_INBOUND_PORT.
   */
  MAIL_REPLY_ADDRESS: z
    .email()
    .default('rsvp@agora.local')
    .superRefine((address, ctx) => {
      const problem = ReplyAddress.problemWith(address);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Signs the tokens of reply addresses (HMAC); changing it voids the addresses already mailed. */
  MAIL_REPLY_SECRET: z.string().min(32, 'must be at least 32 characters').default(EXAMPLE_REPLY_SECRET),
  /** Port of the inbound SMTP listener for calendar replies; unset: no listener, 0: any free port. */
  MAIL_INBOUND_PORT: int(0, 65535).optional(),
  /** Its address: 0.0.0.0 in a container, so that the MTA reaches it. */
  MAIL_INBOUND_HOST: z.string().min(1).default('127.0.0.1'),
  /** Largest reply taken (SIZE, and enforced while it streams in); calendar replies are a few KB. */
  MAIL_INBOUND_MAX_BYTES: int(1024, 10 * 1024 * 1024).default(256 * 1024),
  /** SMTP connections open at once. */
  MAIL_INBOUND_MAX_CLIENTS: int(1, 1000).default(10),
  /** Replies taken per minute from everyone together; beyond it, 451 (the MTA retries later). */
  MAIL_INBOUND_RATE_PER_MINUTE: int(1, 100_000).default(120),
});

/** Exported for the deployment checks: a service gets no variable this does not read. */
export const environmentSchema = environmentFields.superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && env.MAIL_REPLY_SECRET === EXAMPLE_REPLY_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['MAIL_REPLY_SECRET'],
      message: 'must be set to a secret of your own in production (the example value is public)',
    });
  }
});

export type MailerEnvironment = z.infer<typeof environmentSchema>;

export class InvalidMailerConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid mailer configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidMailerConfigurationError';
  }
}

export interface InboundConfig {
  port: number;
  host: string;
  maxBytes: number;
  maxClients: number;
  ratePerMinute: number;
}

/** The mailer's whole configuration, read once from the environment; nothing else reads it. */
export class MailerConfig {
  readonly nodeEnv: MailerEnvironment['NODE_ENV'];
  readonly logLevel: MailerEnvironment['LOG_LEVEL'];
  readonly amqpUrl: string;
  readonly smtpUrl: string;
  readonly database: { url: string; poolSize: number; runMigrations: boolean };
  readonly mailFrom: string;
  readonly prefetch: number;
  readonly concurrency: number;
  readonly smtpPoolSize: number;
  readonly retryDelaysMs: readonly number[];
  readonly metrics: { port: number; host: string };
  readonly replies: { address: string; secret: string };
  /** Absent: no inbound listener. */
  readonly inbound?: InboundConfig;

  private constructor(env: MailerEnvironment) {
    this.nodeEnv = env.NODE_ENV;
    this.logLevel = env.LOG_LEVEL;
    this.amqpUrl = env.AMQP_URL;
    this.smtpUrl = env.SMTP_URL;
    this.database = {
      url: env.MAILER_DATABASE_URL ?? env.DATABASE_URL,
      poolSize: env.MAILER_DATABASE_POOL_SIZE,
      runMigrations: env.MAILER_RUN_MIGRATIONS,
    };
    this.mailFrom = env.MAIL_FROM;
    this.prefetch = env.MAILER_PREFETCH;
    this.concurrency = env.MAILER_CONCURRENCY;
    this.smtpPoolSize = env.MAILER_SMTP_POOL_SIZE;
    this.retryDelaysMs = env.MAILER_RETRY_DELAYS_MS;
    this.metrics = { port: env.MAILER_METRICS_PORT, host: env.MAILER_METRICS_HOST };
    this.replies = { address: env.MAIL_REPLY_ADDRESS, secret: env.MAIL_REPLY_SECRET };
    if (env.MAIL_INBOUND_PORT !== undefined) {
      this.inbound = {
        port: env.MAIL_INBOUND_PORT,
        host: env.MAIL_INBOUND_HOST,
        maxBytes: env.MAIL_INBOUND_MAX_BYTES,
        maxClients: env.MAIL_INBOUND_MAX_CLIENTS,
        ratePerMinute: env.MAIL_INBOUND_RATE_PER_MINUTE,
      };
    }
  }

  /** Attempts before a message is dead-lettered: the first one plus one per retry delay. */
  get maxAttempts(): number {
    return this.retryDelaysMs.length + 1;
  }

  static fromEnvironment(source: Record<string, string | undefined>): MailerConfig {
    const cleaned = Object.fromEntries(
      Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
    );
    const result = environmentSchema.safeParse(cleaned);
    if (!result.success) {
      throw new InvalidMailerConfigurationError(
        result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      );
    }
    return new MailerConfig(result.data);
  }
}
