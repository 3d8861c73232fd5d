import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../src/config/app-config';
import { typeOrmOptions } from '../../src/database/typeorm-options';
import { databaseUrl, templateName, withAdminClient } from './databases';

/** Creates and migrates the template database that every integration test file clones. */
export default async function globalSetup(): Promise<void> {
  process.env.AGORA_TEST_RUN_PREFIX = `agora_test_${randomBytes(4).toString('hex')}`;
  const name = templateName();
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = new DataSource(
    typeOrmOptions(AppConfig.fromEnvironment({ DATABASE_URL: databaseUrl(name) })),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
