import { MailerConfig } from './config/mailer-config';
import { replayDeadLetters } from './dead-letters/replay-dead-letters';

/**
 * `npm run mailer:replay-dead [-- --limit N]`: puts dead letters back on the mailer queue (uses
 * the mailer's AMQP_URL).
 */
async function main(): Promise<void> {
  const config = MailerConfig.fromEnvironment(process.env);
  const limitIndex = process.argv.indexOf('--limit');
  const limit = limitIndex > 0 ? Number(process.argv[limitIndex + 1]) : Number.POSITIVE_INFINITY;
  if (Number.isNaN(limit) || limit < 1) throw new Error('--limit takes a positive number');
  const { replayed } = await replayDeadLetters(config.amqpUrl, limit);
  console.log(`Replayed ${replayed} dead letter(s) onto the mailer queue.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
