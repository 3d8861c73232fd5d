import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

export const ROOT = resolve(__dirname, '..', '..');

export interface StackConfig {
  /** Where the stack keeps its state, pid files, nginx files and logs (`.stack/`). */
  dir: string;
  logsDir: string;
  stateFile: string;
  httpPort: number;
  backendPorts: number[];
  mailSmtpPort: number;
  mailWebPort: number;
  mailerMetricsPort: number;
  /** The mailer's SMTP listener for calendar replies. */
  mailInboundPort: number;
  /** Prometheus scraping the stack, when it is installed (`STACK_PROMETHEUS=false` turns it off). */
  prometheus: { enabled: boolean; port: number };
  /** Requests per minute per address on /api/auth/ at nginx. */
  authRateLimit: { perMinute: number; burst: number };
  databaseUrl: string;
  amqpUrl: string;
  /** The environment every service starts with (`.env`, then the shell's, then the stack's). */
  environment: Record<string, string>;
  readyTimeoutSeconds: number;
}

export class StackConfigError extends Error {}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new StackConfigError(`${name} must be a port number (1-65535), not "${value}"`);
  }
  return parsed;
}

/** `.env` (if any) under the shell's environment, which wins. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const file = join(ROOT, '.env');
  const fromFile = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...fromFile, ...source })) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * The native stack's settings. Everything has a default that matches the README
 * (nginx on :8080, mail catcher on :1025/:1080); tests move every port and the state folder.
 */
export function stackConfig(source: NodeJS.ProcessEnv = process.env): StackConfig {
  const env = loadEnvironment(source);
  const dir = resolve(ROOT, env.STACK_DIR || '.stack');
  const httpPort = port(env.HTTP_PORT, 8080, 'HTTP_PORT');
  const backendPorts = (env.STACK_BACKEND_PORTS || '3001,3002')
    .split(',')
    .map((entry) => port(entry.trim(), 0, 'STACK_BACKEND_PORTS'));
  const mailSmtpPort = port(env.MAILDEV_SMTP_PORT, 1025, 'MAILDEV_SMTP_PORT');
  const mailWebPort = port(env.MAILDEV_WEB_PORT, 1080, 'MAILDEV_WEB_PORT');
  const mailerMetricsPort = port(env.MAILER_METRICS_PORT, 9101, 'MAILER_METRICS_PORT');
  const mailInboundPort = port(env.MAIL_INBOUND_PORT, 2525, 'MAIL_INBOUND_PORT');
  const databaseUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/agora';
  const amqpUrl = env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
  const appUrl = `http://127.0.0.1:${httpPort}`;
  return {
    dir,
    logsDir: join(dir, 'logs'),
    stateFile: join(dir, 'stack.json'),
    httpPort,
    backendPorts,
    mailSmtpPort,
    mailWebPort,
    mailerMetricsPort,
    mailInboundPort,
    prometheus: {
      enabled: env.STACK_PROMETHEUS !== 'false',
      port: port(env.PROMETHEUS_PORT, 9090, 'PROMETHEUS_PORT'),
    },
    authRateLimit: {
      perMinute: Number(env.NGINX_AUTH_RATE_PER_MINUTE || 60),
      burst: Number(env.NGINX_AUTH_BURST || 30),
    },
    databaseUrl,
    amqpUrl,
    environment: {
      ...env,
      NODE_ENV: env.NODE_ENV || 'development',
      DATABASE_URL: databaseUrl,
      AMQP_URL: amqpUrl,
      SMTP_URL: `smtp://127.0.0.1:${mailSmtpPort}`,
      APP_URL: env.STACK_APP_URL || appUrl,
      HOST: '127.0.0.1',
      MAILER_METRICS_PORT: String(mailerMetricsPort),
      // Calendar replies, as a local MTA would relay them (docs/messaging.md).
      MAIL_INBOUND_PORT: String(mailInboundPort),
    },
    readyTimeoutSeconds: Number(env.STACK_READY_TIMEOUT_SECONDS || 90),
  };
}
