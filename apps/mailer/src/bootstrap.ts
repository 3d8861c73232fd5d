import { Logger } from '@nestjs/common';

export async function bootstrapMailer(): Promise<void> {
  new Logger('Mailer').log('The mailer has no consumers yet.');
}
