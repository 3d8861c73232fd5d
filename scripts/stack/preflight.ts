import { connect as amqpConnect } from 'amqplib';
import { Client } from 'pg';
import { spawnSync } from 'node:child_process';
import { MAILER_QUEUE } from '../../libs/messaging/src/topology';
import { nginxAvailable } from './nginx-process';
import { StackConfig } from './stack-config';
import { portOpen } from './ports';

/** What is missing, in words a newcomer can act on. Empty when everything is there. */
export async function missingPrerequisites(config: StackConfig): Promise<string[]> {
  const problems: string[] = [];
  if (!nginxAvailable()) {
    problems.push(
      'nginx is not installed. Install it: `sudo apt-get install nginx` (Debian/Ubuntu) or ' +
        '`brew install nginx` (macOS). The stack runs its own nginx; the system service can stay off.',
    );
  }
  const database = new URL(config.databaseUrl);
  const server = new URL(config.databaseUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    problems.push(
      `PostgreSQL does not answer at ${database.host} (${(error as Error).message}). Install and start it: ` +
        '`sudo apt-get install postgresql` then `sudo pg_ctlcluster 15 main start` (or ' +
        '`brew install postgresql && brew services start postgresql`), or point DATABASE_URL at yours.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  try {
    const connection = await amqpConnect(config.amqpUrl, { timeout: 3000 });
    await connection.close();
  } catch (error) {
    problems.push(
      `RabbitMQ does not answer at ${new URL(config.amqpUrl).host} (${(error as Error).message}). Install and ` +
        'start it: `sudo apt-get install rabbitmq-server` then `sudo rabbitmq-server -detached` (or ' +
        '`brew install rabbitmq && brew services start rabbitmq`), or point AMQP_URL at yours.',
    );
  }
  return problems;
}

/** Ports the stack needs that something else already holds. */
export async function busyPorts(config: StackConfig): Promise<string[]> {
  const wanted: [string, number][] = [
    ['HTTP_PORT (nginx)', config.httpPort],
    ...config.backendPorts.map((port, index): [string, number] => [
      `STACK_BACKEND_PORTS (backend ${index + 1})`,
      port,
    ]),
    ['MAILDEV_SMTP_PORT', config.mailSmtpPort],
    ['MAILDEV_WEB_PORT', config.mailWebPort],
    ['MAILER_METRICS_PORT', config.mailerMetricsPort],
    ['MAIL_INBOUND_PORT', config.mailInboundPort],
  ];
  if (prometheusWanted(config))
    wanted.push(['PROMETHEUS_PORT (or STACK_PROMETHEUS=false)', config.prometheus.port]);
  const busy: string[] = [];
  for (const [name, port] of wanted) {
    if (await portOpen(port)) busy.push(`port ${port} is already in use; free it or set ${name}`);
  }
  return busy;
}

/** Creates the database named in DATABASE_URL when it does not exist yet. */
export async function ensureDatabase(config: StackConfig): Promise<boolean> {
  const name = decodeURIComponent(new URL(config.databaseUrl).pathname.slice(1));
  const server = new URL(config.databaseUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** Prometheus joins the stack when it is installed and not turned off. */
export function prometheusWanted(config: StackConfig): boolean {
  return (
    config.prometheus.enabled &&
    spawnSync('prometheus', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

/**
 * Another mailer already consuming on this broker's vhost (another stack on the same machine)
 * would take half of this stack's mail and send it to its own mail catcher.
 */
export async function sharedBrokerProblem(config: StackConfig): Promise<string | null> {
  const connection = await amqpConnect(config.amqpUrl, { timeout: 3000 });
  try {
    const channel = await connection.createChannel();
    // A queue that does not exist yet closes the channel with 404: nobody consumes then.
    channel.on('error', () => undefined);
    const queue = await channel.checkQueue(MAILER_QUEUE).catch(() => null);
    if (!queue || queue.consumerCount === 0) return null;
    const vhost = decodeURIComponent(new URL(config.amqpUrl).pathname.slice(1)) || '/';
    return (
      `${queue.consumerCount} mailer(s) already consume ${MAILER_QUEUE} on RabbitMQ vhost "${vhost}" ` +
      '(another Agora stack?). Stop it, or give this stack a vhost of its own: ' +
      '`sudo rabbitmqctl add_vhost agora2 && sudo rabbitmqctl set_permissions -p agora2 guest ".*" ".*" ".*"`, ' +
      'then AMQP_URL=amqp://guest:guest@127.0.0.1:5672/agora2 (and another DATABASE_URL).'
    );
  } finally {
    await connection.close().catch(() => undefined);
  }
}
