import { DynamicModule, Module } from '@nestjs/common';
import { MailerConfig } from './mailer-config';

@Module({})
export class MailerConfigModule {
  /** The given configuration, or (normally) the one read from the environment. */
  static forRoot(config?: MailerConfig): DynamicModule {
    return {
      module: MailerConfigModule,
      global: true,
      providers: [
        config
          ? { provide: MailerConfig, useValue: config }
          : { provide: MailerConfig, useFactory: () => MailerConfig.fromEnvironment(process.env) },
      ],
      exports: [MailerConfig],
    };
  }
}
