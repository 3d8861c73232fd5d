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
