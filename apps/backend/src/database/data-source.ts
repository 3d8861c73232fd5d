import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { typeOrmOptions } from './typeorm-options';

const config = AppConfig.fromEnvironment(process.env);

/** Used by the TypeORM CLI (`npm run migration:*`): it changes the schema, so it connects as its owner. */
export default new DataSource(typeOrmOptions(config, config.database.migrationUrl));
