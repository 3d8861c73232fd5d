import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the tests' broker listens; each test run gets a vhost of its own on it. */
const BROKER = process.env.TEST_AMQP_SERVER_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export async function rabbitmqctl(...args: string[]): Promise<string> {
  const { stdout } = await run('rabbitmqctl', ['-q', ...args], { timeout: 60_000 });
  return stdout;
}

/**
 * Runs `work`, retrying for up to a minute while the broker application is stopped: another
 * suite's fault test on this machine may have stopped it for a few seconds.
 */
export async function whenBrokerRuns<T>(work: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** A throw-away RabbitMQ virtual host, so test runs never see each other's queues. */
export class TestVhost {
  private constructor(readonly name: string) {}

  static async create(): Promise<TestVhost> {
    const name = `agora_test_${randomBytes(4).toString('hex')}`;
    await whenBrokerRuns(() => rabbitmqctl('add_vhost', name));
    await rabbitmqctl('set_permissions', '-p', name, 'guest', '.*', '.*', '.*');
    return new TestVhost(name);
  }

  get url(): string {
    return `${BROKER}/${encodeURIComponent(this.name)}`;
  }

  /** Exact message counts (the management API lags by seconds). */
  async queueDepths(): Promise<Record<string, number>> {
    const output = await whenBrokerRuns(() => rabbitmqctl('list_queues', '-p', this.name, 'name', 'messages'));
    return Object.fromEntries(
      output
        .trim()
        .split('\n')
        .filter((line) => line.includes('\t'))
        .map((line) => {
          const [name, count] = line.split('\t');
          return [name, Number(count)];
        }),
    );
  }

  async delete(): Promise<void> {
    await whenBrokerRuns(() => rabbitmqctl('delete_vhost', this.name));
  }
}

/**
 * Stops the broker application (the node keeps running) and makes sure it is started again,
 * whatever `during` does: later test suites on this machine need it.
 */
export async function withBrokerStopped<T>(during: () => Promise<T>): Promise<T> {
  await rabbitmqctl('stop_app');
  try {
    return await during();
  } finally {
    await rabbitmqctl('start_app');
  }
}
