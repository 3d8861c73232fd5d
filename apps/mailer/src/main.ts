import 'reflect-metadata';

// The mailer consumes messages from RabbitMQ; see its module for the real work.
async function main(): Promise<void> {
  const { bootstrapMailer } = await import('./bootstrap');
  await bootstrapMailer();
}

void main();
