import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokerUsers, ComposeFile, environmentOf, load, networksOf, ROOT } from './compose-file';
import { environmentSchema as backendEnvironment } from '../../apps/backend/src/config/app-config';
import { environmentSchema as mailerEnvironment } from '../../apps/mailer/src/config/mailer-config';

function composeSchemaValidator() {
  const schema = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'dclint', 'schemas', 'compose.schema.json'), 'utf8'),
  );
  // The meta-schema URL it names is not one ajv bundles; the draft-07 rules it uses are.
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** `${NAME:?message}`: compose refuses to start when NAME is unset or empty. */
const REQUIRED_VARIABLE = /^\$\{[A-Z0-9_]+:\?[^}]*\}$/;
const SECRET_NAME = /PASS|PASSWORD|SECRET|TOKEN/i;
const URL_PASSWORD = /:\/\/[^:/@\s]+:([^@\s]+)@/;

describe.each(['compose.yaml', 'compose-dev.yaml'])('%s', (file) => {
  const compose = load(file);

  it('is valid according to the compose specification', () => {
    const validate = composeSchemaValidator();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('waits only for services that exist and that report health or run once to completion', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const dependsOn = service.depends_on ?? {};
      expect(Array.isArray(dependsOn) ? `${name}: depends_on without conditions` : name).toBe(name);
      for (const [target, { condition }] of Object.entries(dependsOn)) {
        expect(Object.keys(compose.services)).toContain(target);
        if (condition === 'service_completed_successfully') {
          expect(`${target} has no healthcheck (one-shot)`).toBe(
            compose.services[target].healthcheck
              ? `${target} has a healthcheck`
              : `${target} has no healthcheck (one-shot)`,
          );
        } else {
          expect(`${name} → ${target}: ${condition}`).toBe(`${name} → ${target}: service_healthy`);
          expect(compose.services[target].healthcheck?.test).toBeDefined();
        }
      }
    }
  });

  it('builds from Dockerfiles and stages that exist, and mounts files that exist', () => {
    for (const service of Object.values(compose.services)) {
      if (service.build) {
        const dockerfile = readFileSync(
          join(ROOT, service.build.context, service.build.dockerfile),
          'utf8',
        );
        if (service.build.target) {
          expect(dockerfile).toMatch(new RegExp(`^FROM .+ AS ${service.build.target}$`, 'm'));
        }
      }
      for (const volume of service.volumes ?? []) {
        const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
        // Files of this repository; the TLS folder is the operator's (${TLS_CERT_DIR}).
        if (source.startsWith('./'))
          expect(`${source} ${existsSync(join(ROOT, source))}`).toBe(`${source} true`);
      }
    }
    for (const [name, config] of Object.entries(compose.configs ?? {})) {
      if (config.file)
        expect(`${name} ${existsSync(join(ROOT, config.file))}`).toBe(`${name} true`);
    }
  });
});

/** The variables `${NAME…}` a text refers to. */
function variablesIn(text: string): string[] {
  return [...text.matchAll(/\$\{([A-Z0-9_]+)/g)].map(([, name]) => name);
}

/** The user named in a connection URL (`scheme://user:password@host…`). */
function urlUser(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /^[a-z]+:\/\/([^:@/]+)[:@]/.exec(url)?.[1];
}

/** Services that share at least one network with `target`. */
function neighbours(compose: ComposeFile, target: string): string[] {
  const networks = networksOf(compose.services[target]);
  return Object.entries(compose.services)
    .filter(
      ([name, service]) => name !== target && networksOf(service).some((n) => networks.includes(n)),
    )
    .map(([name]) => name)
    .sort();
}

describe.each(['compose.yaml', 'compose-dev.yaml'])('%s: environments', (file) => {
  const compose = load(file);

  it.each([
    ['backend', backendEnvironment.shape],
    ['migrate', backendEnvironment.shape],
    ['mailer', mailerEnvironment.shape],
  ])('gives %s only variables its configuration reads', (name, shape) => {
    const unread = Object.keys(environmentOf(compose.services[name])).filter(
      (key) => !(key in shape),
    );
    expect(unread).toEqual([]);
  });
});

describe('compose.yaml (production shape)', () => {
  const compose = load('compose.yaml');
  const services = Object.entries(compose.services);

  it('publishes ports from nginx only', () => {
    const publishing = services
      .filter(([, service]) => (service.ports ?? []).length > 0)
      .map(([name]) => name);
    expect(publishing).toEqual(['nginx']);
    expect(compose.services.nginx.ports).toContain('${HTTP_BIND:-127.0.0.1}:${HTTP_PORT:-80}:8080');
  });

  it('publishes on 127.0.0.1 unless HTTP_BIND says otherwise', () => {
    for (const port of compose.services.nginx.ports ?? []) {
      expect(String(port)).toMatch(/^\$\{HTTP_BIND:-127\.0\.0\.1\}:/);
    }
  });

  it('keeps every network but `edge` and `egress` without a route out, and only nginx on `edge`', () => {
    for (const [name, network] of Object.entries(compose.networks ?? {})) {
      if (name === 'edge' || name === 'egress') continue;
      expect(`${name}: ${network?.internal}`).toBe(`${name}: true`);
    }
    const on = (network: string) =>
      services.filter(([, service]) => networksOf(service).includes(network)).map(([name]) => name);
    expect(on('edge')).toEqual(['nginx']);
    expect(on('egress')).toEqual(['mailer']);
  });

  it('lets only the services that use PostgreSQL, RabbitMQ and Grafana reach them', () => {
    expect(neighbours(compose, 'postgres')).toEqual(['backend', 'mailer', 'migrate']);
    // Prometheus scrapes the broker's metrics port.
    expect(neighbours(compose, 'rabbitmq')).toEqual(['backend', 'mailer', 'prometheus']);
    // Grafana's one data source is Prometheus: it cannot be pointed at the database.
    expect(neighbours(compose, 'grafana')).toEqual(['nginx', 'prometheus']);
  });

  it('connects each service as a database role of its own, never as the superuser', () => {
    const environment = (name: string) => environmentOf(compose.services[name]);
    const superuser = environment('postgres').POSTGRES_USER;
    expect(superuser).toBe('${POSTGRES_USER:-postgres}');
    const roles = {
      migrate: urlUser(environment('migrate').DATABASE_MIGRATION_URL),
      backend: urlUser(environment('backend').DATABASE_URL),
      mailer: urlUser(environment('mailer').MAILER_DATABASE_URL),
    };
    expect(roles).toEqual({
      migrate: 'agora_migrate',
      backend: 'agora_backend',
      mailer: 'agora_mailer',
    });
    expect(environment('migrate').DATABASE_URL).toBeUndefined();
    expect(environment('mailer').DATABASE_URL).toBeUndefined();
    // The init script the PostgreSQL container runs creates exactly these roles.
    const script = readFileSync(join(ROOT, 'postgres', 'agora-roles.sh'), 'utf8');
    for (const role of Object.values(roles)) expect(script).toContain(`'${role}'`);
    expect(compose.services.postgres.volumes).toContain(
      './postgres/agora-roles.sh:/docker-entrypoint-initdb.d/agora-roles.sh:ro',
    );
  });

  it('connects each service to the broker as a user of its own, and creates no shared one', () => {
    expect(urlUser(environmentOf(compose.services.backend).AMQP_URL)).toBe('agora-backend');
    expect(urlUser(environmentOf(compose.services.mailer).AMQP_URL)).toBe('agora-mailer');
    expect(Object.keys(environmentOf(compose.services.rabbitmq))).toEqual([]);
    const users = brokerUsers(compose);
    expect(users.users.map((user) => user.name).sort()).toEqual(['agora-backend', 'agora-mailer']);
    expect(users.users.every((user) => Array.isArray(user.tags) && user.tags.length === 0)).toBe(
      true,
    );
  });

  it('gives each password and secret only to the service that uses it (and the server that checks it)', () => {
    const holders: Record<string, string[]> = {};
    for (const [name, service] of services) {
      for (const value of Object.values(environmentOf(service))) {
        for (const variable of variablesIn(String(value)).filter((v) => SECRET_NAME.test(v))) {
          holders[variable] = [...new Set([...(holders[variable] ?? []), name])].sort();
        }
      }
    }
    expect(holders).toEqual({
      POSTGRES_PASSWORD: ['postgres'],
      POSTGRES_MIGRATE_PASSWORD: ['migrate', 'postgres'],
      POSTGRES_BACKEND_PASSWORD: ['backend', 'postgres'],
      POSTGRES_MAILER_PASSWORD: ['mailer', 'postgres'],
      RABBITMQ_BACKEND_PASSWORD: ['backend'],
      RABBITMQ_MAILER_PASSWORD: ['mailer'],
      JWT_SECRET: ['backend'],
      MAIL_REPLY_SECRET: ['mailer'],
      MAIL_UI_PASSWORD: ['nginx'],
      GRAFANA_ADMIN_PASSWORD: ['grafana'],
    });
    // The broker learns its users' passwords from its definitions, not from its environment.
    expect(variablesIn(compose.configs?.['rabbitmq-users']?.content ?? '').sort()).toEqual([
      'RABBITMQ_BACKEND_PASSWORD',
      'RABBITMQ_MAILER_PASSWORD',
    ]);
  });

  it('runs Grafana pinned to a release, without anonymous access or sign-up', () => {
    const grafana = compose.services.grafana;
    const [, major] = /^grafana\/grafana:(\d+)\.\d+\.\d+$/.exec(grafana.image ?? '') ?? [];
    expect(Number(major)).toBeGreaterThanOrEqual(13);
    const environment = environmentOf(grafana);
    expect(environment.GF_AUTH_ANONYMOUS_ENABLED).toBe('false');
    expect(environment.GF_USERS_ALLOW_SIGN_UP).toBe('false');
    expect(Object.keys(environment).filter((key) => key.startsWith('GF_AUTH_ANONYMOUS_'))).toEqual([
      'GF_AUTH_ANONYMOUS_ENABLED',
    ]);
  });

  it('starts Grafana through a script that refuses the admin password of .env.example', () => {
    const grafana = compose.services.grafana;
    const [script, target] =
      (grafana.volumes ?? [])
        .map((volume) => String(volume).split(':'))
        .find(([source]) => source.endsWith('/start.sh')) ?? [];
    expect(grafana.entrypoint).toEqual(['/bin/sh', target]);
    expect(grafana.command).toEqual(['/run.sh']);
    const example = /^GRAFANA_ADMIN_PASSWORD=(.*)$/m.exec(
      readFileSync(join(ROOT, '.env.example'), 'utf8'),
    )?.[1];
    expect(example).toBeTruthy();
    const run = (password: string) =>
      spawnSync('sh', [join(ROOT, script), 'echo', 'grafana started'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GF_SECURITY_ADMIN_PASSWORD: password },
      });
    const refused = run(example as string);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('example value');
    expect(run('').status).toBe(1);
    const started = run('a-password-of-our-own');
    expect(started.status).toBe(0);
    expect(started.stdout).toBe('grafana started\n');
  });

  it('takes every password and secret from .env, with no default, outside the demo profile', () => {
    const offenders: string[] = [];
    for (const [name, service] of services) {
      if (service.profiles?.length === 1 && service.profiles[0] === 'demo') continue;
      for (const [key, value] of Object.entries(environmentOf(service))) {
        const text = String(value);
        if (SECRET_NAME.test(key) && !REQUIRED_VARIABLE.test(text))
          offenders.push(`${name}.${key}`);
        const inUrl = URL_PASSWORD.exec(text)?.[1];
        if (inUrl !== undefined && !REQUIRED_VARIABLE.test(inUrl))
          offenders.push(`${name}.${key} (in URL)`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('names in its nginx configuration only services (and exposed ports) that compose defines', () => {
    const config = readFileSync(join(ROOT, 'nginx', 'generated', 'container.conf'), 'utf8');
    // `${NGINX_DNS_SUFFIX}` is empty under compose (nginx/start.sh).
    const targets = [
      ...config.matchAll(/(?:server |http:\/\/)([a-z][a-z0-9-]*)(?:\$\{NGINX_DNS_SUFFIX\})?:(\d+)/g),
    ].map(
      ([, name, port]) => `${name}:${port}`,
    );
    expect(targets).toEqual(
      expect.arrayContaining(['backend:3000', 'maildev:1080', 'grafana:3000']),
    );
    for (const target of targets) {
      const [name, port] = target.split(':');
      expect(Object.keys(compose.services)).toContain(name);
      const exposed = (compose.services[name] as { expose?: string[] }).expose;
      if (exposed)
        expect(`${target} exposed: ${exposed.includes(port)}`).toBe(`${target} exposed: true`);
    }
  });

  it('runs the replicated backend, the one-shot migration and the optional profiles', () => {
    expect(compose.services.backend).toMatchObject({ deploy: { replicas: 2 } });
    expect(compose.services.backend.depends_on).toMatchObject({
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(compose.services.maildev.profiles).toEqual(['demo']);
    expect(compose.services.grafana.profiles).toEqual(['monitoring']);
    expect(compose.services.prometheus.profiles).toEqual(['monitoring']);
    expect(compose.services.k6.profiles).toEqual(['loadtest']);
  });
});

describe('Dockerfiles', () => {
  it.each(['apps/backend/Dockerfile', 'apps/mailer/Dockerfile', 'nginx/Dockerfile'])(
    '%s is multi-stage and its final image runs as a non-root user',
    (file) => {
      const dockerfile = readFileSync(join(ROOT, file), 'utf8');
      const stages = dockerfile.split(/^FROM /m).slice(1);
      expect(stages.length).toBeGreaterThan(1);
      const last = stages[stages.length - 1];
      // `node` (the Node images' user) or a non-zero uid: named in the file, whatever the base.
      const user = [...last.matchAll(/^USER (\S+)$/gm)].pop()?.[1];
      expect(`${file}: runs as ${user}`).toMatch(/: runs as (node|[1-9]\d*)$/);
      expect(last).toMatch(/^HEALTHCHECK /m);
    },
  );

  it.each([
    ['apps/backend/Dockerfile', { NODE_IMAGE: 'node:20-bookworm-slim' }],
    ['apps/mailer/Dockerfile', { NODE_IMAGE: 'node:20-bookworm-slim' }],
    [
      'nginx/Dockerfile',
      { NODE_IMAGE: 'node:20-bookworm-slim', NGINX_IMAGE: 'nginxinc/nginx-unprivileged:1.27-alpine' },
    ],
  ])('%s takes its base images as build arguments, the official images by default', (file, defaults) => {
    const dockerfile = readFileSync(join(ROOT, file), 'utf8');
    const args = Object.fromEntries(
      [...dockerfile.matchAll(/^ARG ([A-Z_]+)=(\S+)$/gm)].map(([, name, value]) => [name, value]),
    );
    expect(args).toEqual(defaults);
    const stages = [...dockerfile.matchAll(/^FROM \S+ AS (\S+)$/gm)].map(([, stage]) => stage);
    for (const [, base] of dockerfile.matchAll(/^FROM (\S+)/gm)) {
      // A base is a build argument or an earlier stage, never an image written in the file.
      expect(`${file}: FROM ${base}`).toMatch(
        new RegExp(`: FROM (\\$\\{(${Object.keys(defaults).join('|')})\\}|${stages.join('|')})$`),
      );
    }
    // Both need BuildKit, which fetches its frontend from a registry; the legacy builder has neither.
    expect(dockerfile).not.toMatch(/^# syntax=/m);
    expect(dockerfile).not.toMatch(/^(COPY|ADD) .*--chmod/m);
  });

  it('build with the same npm scripts as CI', () => {
    const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
    expect(read('apps/backend/Dockerfile')).toContain('RUN npx nest build backend');
    expect(read('apps/backend/Dockerfile')).toContain('"migration:run"');
    expect(read('apps/mailer/Dockerfile')).toContain('RUN npx nest build mailer');
    expect(read('nginx/Dockerfile')).toContain('RUN npm run build:frontend');
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(Object.keys(scripts)).toEqual(
      expect.arrayContaining(['migration:run', 'build:frontend']),
    );
  });
});
