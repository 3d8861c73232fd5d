import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { MailerConfig } from './config/mailer-config';
import { MailerModule } from './mailer.module';

/**
 * Starts the mailer: a Nest application context (it serves no HTTP yet) whose consumer starts on
 * bootstrap. `config` replaces the one read from the environment (tests, benchmarks).
 */
export async function bootstrapMailer(config?: MailerConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(MailerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
