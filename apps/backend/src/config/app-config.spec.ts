import { AppConfig, EXAMPLE_JWT_SECRET, InvalidConfigurationError } from './app-config';

describe('AppConfig', () => {
  it('falls back to working local defaults', () => {
    const sut = AppConfig.fromEnvironment({});
    expect(sut.database.url).toBe('postgres://postgres@127.0.0.1:5432/agora');
    expect(sut.auth.verificationTokenTtlHours).toBe(48);
    expect(sut.auth.passwordResetTokenTtlMinutes).toBe(60);
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      AppConfig.fromEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidConfigurationError);
    const problems = (error as InvalidConfigurationError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('JWT_SECRET');
  });

  it('refuses the example secret in production', () => {
    expect(() => AppConfig.fromEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() =>
      AppConfig.fromEnvironment({ NODE_ENV: 'production', JWT_SECRET: EXAMPLE_JWT_SECRET }),
    ).toThrow(/JWT_SECRET/);
  });

  it('starts in production with a secret of its own', () => {
    const sut = AppConfig.fromEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) });
    expect(sut.isProduction).toBe(true);
  });

  it('shrinks the lead time of reminders for tests only, never in production', () => {
    expect(AppConfig.fromEnvironment({}).reminders.leadUnitSeconds).toBe(60);
    expect(
      AppConfig.fromEnvironment({ REMINDER_LEAD_UNIT_SECONDS: '0.05' }).reminders.leadUnitSeconds,
    ).toBe(0.05);
    expect(() =>
      AppConfig.fromEnvironment({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(48),
        REMINDER_LEAD_UNIT_SECONDS: '1',
      }),
    ).toThrow(/REMINDER_LEAD_UNIT_SECONDS/);
  });

  it('runs the migrations as the app unless a migration role is given', () => {
    const app = 'postgres://agora_backend:a@db:5432/agora';
    expect(AppConfig.fromEnvironment({ DATABASE_URL: app }).database.migrationUrl).toBe(app);
    const owner = 'postgres://agora_migrate:b@db:5432/agora';
    const sut = AppConfig.fromEnvironment({ DATABASE_URL: app, DATABASE_MIGRATION_URL: owner });
    expect(sut.database).toMatchObject({ url: app, migrationUrl: owner });
    expect(() => AppConfig.fromEnvironment({ DATABASE_MIGRATION_URL: 'mysql://x' })).toThrow(
      /DATABASE_MIGRATION_URL/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(AppConfig.fromEnvironment({ PORT: '' }).http.port).toBe(3000);
  });
});
