import 'reflect-metadata';
import { MailerConfig } from '../config/mailer-config';
import { createMailerDataSource, migrateMailerDatabase } from './mailer-database';

/** `npm run mailer:migrate`: applies the mailer's migrations without starting it. */
async function main(): Promise<void> {
  const config = MailerConfig.fromEnvironment(process.env);
  const dataSource = createMailerDataSource(config.database.url, 2);
  await dataSource.initialize();
  try {
    await migrateMailerDatabase(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
