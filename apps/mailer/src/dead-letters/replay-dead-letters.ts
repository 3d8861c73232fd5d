import amqplib from 'amqplib';
import { ATTEMPT_HEADER, DEAD_LETTER_QUEUE, DEATH_REASON_HEADER, LAST_ERROR_HEADER, MAILER_QUEUE } from '@app/messaging';

export interface ReplayResult {
  replayed: number;
}

/** Headers that describe a previous life; a replayed message starts again with full attempts. */
const DEATH_HEADERS = [ATTEMPT_HEADER, DEATH_REASON_HEADER, LAST_ERROR_HEADER, 'x-death', 'x-first-death-exchange', 'x-first-death-queue', 'x-first-death-reason', 'x-last-death-exchange', 'x-last-death-queue', 'x-last-death-reason', 'x-delivery-count'];

/**
 * Moves the messages that are in the dead-letter queue now back to the mailer queue: each is
 * published with a confirm before it is removed, so a crash can duplicate (the mailer is
 * idempotent) but never lose one. Messages that die again meanwhile are not picked up twice.
 */
export async function replayDeadLetters(amqpUrl: string, limit = Number.POSITIVE_INFINITY): Promise<ReplayResult> {
  const connection = await amqplib.connect(amqpUrl, { clientProperties: { connection_name: 'agora-replay-dead-letters' } });
  try {
    const channel = await connection.createConfirmChannel();
    const { messageCount } = await channel.checkQueue(DEAD_LETTER_QUEUE);
    let replayed = 0;
    while (replayed < Math.min(messageCount, limit)) {
      const message = await channel.get(DEAD_LETTER_QUEUE, { noAck: false });
      if (!message) break;
      const headers = { ...message.properties.headers };
      for (const name of DEATH_HEADERS) delete headers[name];
      const { messageId, correlationId, contentType, type, timestamp, appId } = message.properties;
      channel.sendToQueue(MAILER_QUEUE, message.content, {
        persistent: true,
        messageId,
        correlationId,
        contentType,
        type,
        timestamp,
        appId,
        headers,
      });
      await channel.waitForConfirms();
      channel.ack(message);
      replayed += 1;
    }
    await channel.close();
    return { replayed };
  } finally {
    await connection.close();
  }
}
