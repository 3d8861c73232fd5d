import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { migrations } from './migrations';

/**
 * One definition of the connection for the app, the migration CLI and the tests. Entities are
 * registered by each feature module (autoLoadEntities); the schema only ever changes through
 * migrations.
 */
export function typeOrmOptions(config: AppConfig, url = config.database.url): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: config.database.poolSize },
    logging: ['error', 'warn', 'migration'],
  };
}
