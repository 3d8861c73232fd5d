import { InvalidMailerConfigurationError, MailerConfig } from './mailer-config';

describe('MailerConfig', () => {
  it('falls back to working local defaults', () => {
    const sut = MailerConfig.fromEnvironment({});
    expect(sut.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(sut.database.url).toBe('postgres://postgres@127.0.0.1:5432/agora');
    expect(sut.retryDelaysMs).toEqual([5_000, 30_000, 120_000, 600_000, 1_800_000]);
    expect(sut.maxAttempts).toBe(6);
  });

  it('prefers MAILER_DATABASE_URL over DATABASE_URL', () => {
    const sut = MailerConfig.fromEnvironment({
      DATABASE_URL: 'postgres://a@127.0.0.1/backend',
      MAILER_DATABASE_URL: 'postgres://b@127.0.0.1/mail',
    });
    expect(sut.database.url).toBe('postgres://b@127.0.0.1/mail');
  });

  it('reads the retry delays', () => {
    expect(MailerConfig.fromEnvironment({ MAILER_RETRY_DELAYS_MS: '100, 200,400' }).retryDelaysMs).toEqual([100, 200, 400]);
  });

  it('serves metrics on 127.0.0.1:9101 unless told otherwise, and on any free port with 0', () => {
    expect(MailerConfig.fromEnvironment({}).metrics).toEqual({ port: 9101, host: '127.0.0.1' });
    expect(MailerConfig.fromEnvironment({ MAILER_METRICS_PORT: '0' }).metrics.port).toBe(0);
    expect(() => MailerConfig.fromEnvironment({ MAILER_METRICS_PORT: '65536' })).toThrow(/MAILER_METRICS_PORT/);
  });

  it('listens for calendar replies only when MAIL_INBOUND_PORT is set (0: any free port)', () => {
    expect(MailerConfig.fromEnvironment({}).inbound).toBeUndefined();
    expect(MailerConfig.fromEnvironment({ MAIL_INBOUND_PORT: '2525' }).inbound).toEqual({
      port: 2525,
      host: '127.0.0.1',
      maxBytes: 262_144,
      maxClients: 10,
      ratePerMinute: 120,
    });
    expect(MailerConfig.fromEnvironment({ MAIL_INBOUND_PORT: '0' }).inbound?.port).toBe(0);
  });

  it('refuses a reply address whose token would not fit, and the example reply secret in production', () => {
    expect(MailerConfig.fromEnvironment({ MAIL_REPLY_ADDRESS: 'rsvp@example.org' }).replies.address).toBe('rsvp@example.org');
    expect(() => MailerConfig.fromEnvironment({ MAIL_REPLY_ADDRESS: 'a-very-long-local-part@example.org' })).toThrow(/MAIL_REPLY_ADDRESS.*at most 18/);
    expect(() => MailerConfig.fromEnvironment({ MAIL_REPLY_ADDRESS: 'rsvp+x@example.org' })).toThrow(/MAIL_REPLY_ADDRESS/);
    expect(() => MailerConfig.fromEnvironment({ NODE_ENV: 'production' })).toThrow(/MAIL_REPLY_SECRET/);
    expect(MailerConfig.fromEnvironment({ NODE_ENV: 'production', MAIL_REPLY_SECRET: 's'.repeat(32) }).replies.secret).toBe('s'.repeat(32));
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      MailerConfig.fromEnvironment({ SMTP_URL: 'http://x', AMQP_URL: 'nope', MAILER_RETRY_DELAYS_MS: 'soon' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidMailerConfigurationError);
    const problems = (error as InvalidMailerConfigurationError).problems.join('\n');
    expect(problems).toContain('SMTP_URL');
    expect(problems).toContain('AMQP_URL');
    expect(problems).toContain('MAILER_RETRY_DELAYS_MS');
  });
});
