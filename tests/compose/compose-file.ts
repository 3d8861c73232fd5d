/** The compose files as parsed YAML (before compose fills in variables), for the static checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(__dirname, '..', '..');

export interface Service {
  image?: string;
  entrypoint?: string[];
  command?: string[];
  build?: { context: string; dockerfile: string; target?: string };
  profiles?: string[];
  ports?: unknown[];
  environment?: Record<string, string> | string[];
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }> | string[];
  networks?: string[] | Record<string, unknown>;
  volumes?: (string | { source: string })[];
}

export interface ComposeFile {
  services: Record<string, Service>;
  networks?: Record<string, { internal?: boolean } | null>;
  configs?: Record<string, { content?: string; file?: string }>;
}

export function load(name: string): ComposeFile {
  // Merge keys (`<<: *anchor`) are how both files share environment blocks.
  return parse(readFileSync(join(ROOT, name), 'utf8'), { merge: true }) as ComposeFile;
}

export function environmentOf(service: Service): Record<string, string> {
  const environment = service.environment ?? {};
  if (!Array.isArray(environment)) return environment;
  return Object.fromEntries(
    environment.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]),
  );
}

export function networksOf(service: Service): string[] {
  const networks = service.networks ?? [];
  return Array.isArray(networks) ? networks : Object.keys(networks);
}

export interface BrokerUsers {
  users: { name: string; password: string; tags: unknown }[];
  permissions: { user: string; vhost: string; configure: string; write: string; read: string }[];
  /** Which routing keys a user may publish (write) on a topic exchange. */
}

/** The broker's users file as RabbitMQ reads it: compose has filled in the passwords and `$$`. */
export function brokerUsers(compose: ComposeFile): BrokerUsers {
  const content = compose.configs?.['rabbitmq-users']?.content ?? '';
  const rendered = content.replace(/\$\{[A-Z0-9_]+:\?[^}]*\}/g, 'a-password').replace(/\$\$/g, '$');
  return JSON.parse(rendered) as BrokerUsers;
}
