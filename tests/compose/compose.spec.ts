import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  profiles?: string[];
  ports?: unknown[];
  environment?: Record<string, string> | string[];
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }> | string[];
  networks?: string[] | Record<string, unknown>;
  volumes?: (string | { source: string })[];
}

interface ComposeFile {
  services: Record<string, Service>;
  networks?: Record<string, { internal?: boolean } | null>;
}

function load(name: string): ComposeFile {
  // Merge keys (`<<: *anchor`) are how both files share environment blocks.
  return parse(readFileSync(join(ROOT, name), 'utf8'), { merge: true }) as ComposeFile;
}

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

function environmentOf(service: Service): Record<string, string> {
  const environment = service.environment ?? {};
  if (!Array.isArray(environment)) return environment;
  return Object.fromEntries(
    environment.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]),
  );
}

function networksOf(service: Service): string[] {
  const networks = service.networks ?? [];
  return Array.isArray(networks) ? networks : Object.keys(networks);
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
        // Only files of this repository that exist today; monitoring/ and certs are provided later.
        if (source.startsWith('./nginx/')) expect(existsSync(join(ROOT, source))).toBe(true);
      }
    }
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
    expect(compose.services.nginx.ports).toContain('${HTTP_PORT:-80}:8080');
  });

  it('keeps every service on the internal network, and only nginx on the network the host reaches', () => {
    expect(compose.networks?.internal?.internal).toBe(true);
    for (const [name, service] of services) {
      expect(`${name}: ${networksOf(service).includes('internal')}`).toBe(`${name}: true`);
    }
    const onEdge = services
      .filter(([, service]) => networksOf(service).includes('edge'))
      .map(([name]) => name);
    expect(onEdge).toEqual(['nginx']);
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
    const targets = [...config.matchAll(/(?:server |http:\/\/)([a-z][a-z0-9-]*):(\d+)/g)].map(
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
      const runsAsNode = /^USER node$/m.test(last);
      const unprivilegedBase = last.startsWith('nginxinc/nginx-unprivileged:');
      expect(`${file}: non-root ${runsAsNode || unprivilegedBase}`).toBe(`${file}: non-root true`);
      expect(last).toMatch(/^HEALTHCHECK /m);
    },
  );

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
