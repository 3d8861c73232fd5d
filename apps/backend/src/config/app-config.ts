import { z } from 'zod';

/** The secret shipped in `.env.example`; production refuses to start with it. */
export const EXAMPLE_JWT_SECRET = 'change-me-to-a-long-random-string-of-at-least-32-chars';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false']).transform((value) => value === 'true');
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/ });

/** Exported for the deployment checks: a service gets no variable this does not read. */
export const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: int(0, 65535).default(3000),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/agora'),
    /**
     * The role that runs the migrations and owns the tables, when the app's own role may only
     * read and write rows (compose). Unset: the migrations use DATABASE_URL.
     */
    DATABASE_MIGRATION_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: int(1, 100).default(10),
    AMQP_URL: z.url({ protocol: /^amqps?$/ }).default('amqp://guest:guest@127.0.0.1:5672'),
    APP_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:8080'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(EXAMPLE_JWT_SECRET),
    ACCESS_TOKEN_TTL_SECONDS: int(30, 86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: int(1, 365).default(30),
    /**
     * Days a login (a refresh family) lasts at most, counted from the login: refreshing does not
     * extend it. After that the user logs in again.
     */
    AUTH_REFRESH_ABSOLUTE_DAYS: int(1, 3650).default(30),
    VERIFICATION_TOKEN_TTL_HOURS: int(1, 24 * 30).default(48),
    PASSWORD_RESET_TOKEN_TTL_MINUTES: int(5, 24 * 60).default(60),
    /** Requests per minute per client IP on the sensitive auth routes. */
    AUTH_RATE_LIMIT_PER_IP: int(1, 1_000_000).default(30),
    /**
     * Requests per 15 minutes per account and client IP on the routes that check a password or
     * mail a link (the account is the email in the body, or the signed-in user).
     */
    AUTH_RATE_LIMIT_PER_EMAIL: int(1, 1_000_000).default(10),
    /** Requests per 15 minutes per account from all client IPs together: the ceiling. */
    AUTH_RATE_LIMIT_PER_ACCOUNT: int(1, 1_000_000).default(100),
    /** Password hashes/checks (argon2, 19 MiB each) running at once per process. */
    PASSWORD_HASH_CONCURRENCY: int(1, 64).default(2),
    /** Password hashes/checks waiting per process; one more is answered 503 with Retry-After. */
    PASSWORD_HASH_QUEUE: int(0, 10_000).default(32),
    /** Days an invitation to join an association can be answered. */
    INVITATION_TTL_DAYS: int(1, 90).default(14),
    /** Invitations an association may send per 24 hours, so nobody turns Agora into a mailing cannon. */
    INVITATIONS_PER_ASSOCIATION_PER_DAY: int(1, 100_000).default(100),
    /**
     * The platform's address that calendars name as ORGANIZER (with the association as CN), so
     * that no member's own address is ever shown to other members.
     */
    MAIL_REPLY_ADDRESS: z.email().default('no-reply@agora.local'),
    /**
     * Minutes an admin can undo the deletion of minutes; after that a purge removes them for
     * good (it runs this often, so they are gone within twice this time).
     */
    MINUTES_UNDO_MINUTES: int(1, 24 * 60).default(10),
    /** Minutes between two purges of dead refresh sessions and email tokens. */
    AUTH_PURGE_INTERVAL_MINUTES: int(1, 7 * 24 * 60).default(60),
    /** Rows one purge statement deletes at most, so no purge holds locks on many rows for long. */
    AUTH_PURGE_BATCH_SIZE: int(1, 100_000).default(1000),
    /** Which proxies to trust for the client IP (Fastify `trustProxy`): nginx sits in front. */
    TRUST_PROXY: z.string().default('127.0.0.1,::1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OPENAPI_ENABLED: bool.default(true),
    OUTBOX_RELAY_ENABLED: bool.default(true),
    /** Rows the relay claims per transaction. */
    OUTBOX_RELAY_BATCH_SIZE: int(1, 1000).default(100),
    /** Safety-net poll: the relay normally wakes on NOTIFY within milliseconds of a commit. */
    OUTBOX_RELAY_POLL_MS: int(50, 600_000).default(1000),
    REMINDERS_ENABLED: bool.default(true),
    /** How often each replica looks for due reminders; a reminder goes at most this late. */
    REMINDER_POLL_MS: int(50, 600_000).default(30_000),
    /** Reminders one transaction claims and turns into outbox messages. */
    REMINDER_BATCH_SIZE: int(1, 10_000).default(500),
    /**
     * Seconds in one minute of lead time. Tests shrink it so that "one hour before" comes within
     * seconds, on the real clock; production refuses anything but 60.
     */
    REMINDER_LEAD_UNIT_SECONDS: z.coerce.number().positive().max(60).default(60),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === EXAMPLE_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be set to a secret of your own in production (the example value is public)',
      });
    }
    if (env.NODE_ENV === 'production' && env.REMINDER_LEAD_UNIT_SECONDS !== 60) {
      ctx.addIssue({
        code: 'custom',
        path: ['REMINDER_LEAD_UNIT_SECONDS'],
        message: 'is for tests only: production reminds with real minutes (60)',
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidConfigurationError';
  }
}

/**
 * The backend's whole configuration, read once from the environment. Nothing else reads
 * `process.env`: inject `AppConfig` instead.
 */
export class AppConfig {
  readonly nodeEnv: Environment['NODE_ENV'];
  readonly http: { host: string; port: number; trustProxy: string[] };
  readonly database: { url: string; migrationUrl: string; poolSize: number };
  readonly amqpUrl: string;
  readonly appUrl: string;
  readonly mailReplyAddress: string;
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    refreshAbsoluteDays: number;
    verificationTokenTtlHours: number;
    passwordResetTokenTtlMinutes: number;
    rateLimitPerIp: number;
    rateLimitPerEmail: number;
    rateLimitPerAccount: number;
    hashConcurrency: number;
    hashQueue: number;
    purgeIntervalMinutes: number;
    purgeBatchSize: number;
  };
  readonly invitations: { ttlDays: number; perAssociationPerDay: number };
  readonly minutes: { undoMinutes: number };
  readonly logLevel: Environment['LOG_LEVEL'];
  readonly openApiEnabled: boolean;
  readonly outboxRelayEnabled: boolean;
  readonly outboxRelay: { batchSize: number; pollIntervalMs: number };
  readonly reminders: {
    enabled: boolean;
    pollIntervalMs: number;
    batchSize: number;
    leadUnitSeconds: number;
  };

  private constructor(env: Environment) {
    this.nodeEnv = env.NODE_ENV;
    this.http = {
      host: env.HOST,
      port: env.PORT,
      trustProxy: env.TRUST_PROXY.split(',').map((entry) => entry.trim()).filter(Boolean),
    };
    this.database = {
      url: env.DATABASE_URL,
      migrationUrl: env.DATABASE_MIGRATION_URL ?? env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    };
    this.amqpUrl = env.AMQP_URL;
    this.appUrl = env.APP_URL.replace(/\/+$/, '');
    this.mailReplyAddress = env.MAIL_REPLY_ADDRESS;
    this.auth = {
      jwtSecret: env.JWT_SECRET,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      refreshAbsoluteDays: env.AUTH_REFRESH_ABSOLUTE_DAYS,
      verificationTokenTtlHours: env.VERIFICATION_TOKEN_TTL_HOURS,
      passwordResetTokenTtlMinutes: env.PASSWORD_RESET_TOKEN_TTL_MINUTES,
      rateLimitPerIp: env.AUTH_RATE_LIMIT_PER_IP,
      rateLimitPerEmail: env.AUTH_RATE_LIMIT_PER_EMAIL,
      rateLimitPerAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
      hashConcurrency: env.PASSWORD_HASH_CONCURRENCY,
      hashQueue: env.PASSWORD_HASH_QUEUE,
      purgeIntervalMinutes: env.AUTH_PURGE_INTERVAL_MINUTES,
      purgeBatchSize: env.AUTH_PURGE_BATCH_SIZE,
    };
    this.invitations = {
      ttlDays: env.INVITATION_TTL_DAYS,
      perAssociationPerDay: env.INVITATIONS_PER_ASSOCIATION_PER_DAY,
    };
    this.minutes = { undoMinutes: env.MINUTES_UNDO_MINUTES };
    this.logLevel = env.LOG_LEVEL;
    this.openApiEnabled = env.OPENAPI_ENABLED;
    this.outboxRelayEnabled = env.OUTBOX_RELAY_ENABLED;
    this.outboxRelay = { batchSize: env.OUTBOX_RELAY_BATCH_SIZE, pollIntervalMs: env.OUTBOX_RELAY_POLL_MS };
    this.reminders = {
      enabled: env.REMINDERS_ENABLED,
      pollIntervalMs: env.REMINDER_POLL_MS,
      batchSize: env.REMINDER_BATCH_SIZE,
      leadUnitSeconds: env.REMINDER_LEAD_UNIT_SECONDS,
    };
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  /** Validates every variable at once and throws one error that lists each bad one. */
  static fromEnvironment(source: Record<string, string | undefined>): AppConfig {
    // Empty strings mean "unset" so that `FOO=` in an .env file falls back to the default.
    const cleaned = Object.fromEntries(
      Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
    );
    const result = environmentSchema.safeParse(cleaned);
    if (!result.success) {
      throw new InvalidConfigurationError(
        result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      );
    }
    return new AppConfig(result.data);
  }
}
