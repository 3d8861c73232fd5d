import { Deliveries1764000100000 } from './1764000100000-deliveries';
import { Reports1764000101000 } from './1764000101000-reports';

/** The mailer's migrations, in order; they only touch the `mailer` schema. */
export const mailerMigrations = [Deliveries1764000100000, Reports1764000101000];
