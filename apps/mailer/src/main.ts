import 'reflect-metadata';
import { InvalidMailerConfigurationError, MailerConfig } from './config/mailer-config';

// RabbitMQ → SMTP: see MailConsumer for the work and docs/messaging.md for the guarantees.
async function main(): Promise<void> {
  let config: MailerConfig;
  try {
    config = MailerConfig.fromEnvironment(process.env);
  } catch (error) {
    if (error instanceof InvalidMailerConfigurationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { bootstrapMailer } = await import('./bootstrap');
  await bootstrapMailer(config);
}

void main();
