import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { interpolate, v1Compose } from '../../scripts/compose/v1-compose';

describe('compose.yaml for docker-compose 1.29 (scripts/compose/v1-compose.ts)', () => {
  it('fills in variables as compose does', () => {
    const environment = { SET: 'value', EMPTY: '' };
    expect(interpolate('a ${SET} b', environment)).toBe('a value b');
    expect(interpolate('${UNSET:-fallback} ${EMPTY:-fallback}', environment)).toBe('fallback fallback');
    expect(interpolate('^(agora\\.events)$$', environment)).toBe('^(agora\\.events)$');
    expect(() => interpolate('${UNSET:?set UNSET in .env}', environment)).toThrow('UNSET: set UNSET in .env');
    expect(() => interpolate('${EMPTY:?required}', environment)).toThrow('EMPTY: required');
  });

  it('drops what 1.29 refuses and mounts the configs as files, passwords filled in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-v1-compose-'));
    try {
      const file = v1Compose(dir, {
        RABBITMQ_BACKEND_PASSWORD: 'backend-secret',
        RABBITMQ_MAILER_PASSWORD: 'mailer-secret',
      });
      const compose = parse(readFileSync(file, 'utf8'));
      expect(compose.name).toBeUndefined();
      expect(compose.configs).toBeUndefined();
      expect(compose.services.rabbitmq.configs).toBeUndefined();
      const mounts = compose.services.rabbitmq.volumes as string[];
      expect(mounts).toEqual(
        expect.arrayContaining([
          './rabbitmq/topology.json:/etc/rabbitmq/definitions/topology.json:ro',
          `${join(dir, 'configs', 'rabbitmq-users')}:/etc/rabbitmq/definitions/users.json:ro`,
          `${join(dir, 'configs', 'rabbitmq-conf')}:/etc/rabbitmq/conf.d/20-agora.conf:ro`,
        ]),
      );
      const users = JSON.parse(readFileSync(join(dir, 'configs', 'rabbitmq-users'), 'utf8'));
      expect(users.users.map((user: { password: string }) => user.password)).toEqual(['backend-secret', 'mailer-secret']);
      expect(users.permissions[0].configure).toMatch(/\)\$$/);
      // Everything else is compose.yaml as it is: the same services, healthchecks and networks.
      expect(Object.keys(compose.services)).toContain('nginx');
      expect(compose.services.backend.deploy).toEqual({ replicas: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
