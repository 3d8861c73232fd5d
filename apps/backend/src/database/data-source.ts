import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { typeOrmOptions } from './typeorm-options';

/** Used by the TypeORM CLI (`npm run migration:*`). */
export default new DataSource(typeOrmOptions(AppConfig.fromEnvironment(process.env)));
