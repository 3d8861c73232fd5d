import { Deliveries1764000100000 } from './1764000100000-deliveries';

/** The mailer's migrations, in order; they only touch the `mailer` schema. */
export const mailerMigrations = [Deliveries1764000100000];
