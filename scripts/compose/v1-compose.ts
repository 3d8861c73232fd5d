/**
 * compose.yaml as Debian's docker-compose 1.29 (the only compose on a machine without the v2
 * plugin) reads it: that release knows neither the top-level `name` (the project name is passed
 * with `-p`) nor inline `configs.*.content`, which is written to a file here with the variables
 * compose would have filled in, and mounts no configs outside swarm (they become bind mounts). Run it with `--project-directory` at the repository root, so
 * relative paths mean what they mean in compose.yaml.
 *   ts-node --swc scripts/compose/v1-compose.ts <out-dir>   → <out-dir>/compose.v1.yaml
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { load, ROOT, Service } from '../../tests/compose/compose-file';

interface ServiceConfig {
  source: string;
  target: string;
}

/** Compose's interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`, `$$` for `$`. */
export function interpolate(text: string, environment: NodeJS.ProcessEnv): string {
  return text.replace(/\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (match, name, kind, argument) => {
    if (match === '$$') return '$';
    const value = environment[name];
    if (value) return value;
    if (kind === '?') throw new Error(`${name}: ${argument}`);
    return kind === '-' ? argument : '';
  });
}

export function v1Compose(outDir: string, environment: NodeJS.ProcessEnv): string {
  const compose = load('compose.yaml') as ReturnType<typeof load> & { name?: string };
  delete compose.name;
  mkdirSync(join(outDir, 'configs'), { recursive: true });
  chmodSync(join(outDir, 'configs'), 0o755);
  for (const [name, config] of Object.entries(compose.configs ?? {})) {
    if (config.content !== undefined) {
      const file = join(outDir, 'configs', name);
      writeFileSync(file, interpolate(config.content, environment));
      // Bind-mounted: the container's own user (rabbitmq) must read it, whatever the umask.
      chmodSync(file, 0o644);
      compose.configs![name] = { file };
    }
  }
  // 1.29 mounts no `configs` outside swarm: each becomes the read-only bind mount it stands for.
  for (const service of Object.values(compose.services) as (Service & { configs?: ServiceConfig[] })[]) {
    for (const { source, target } of service.configs ?? []) {
      service.volumes = [...(service.volumes ?? []), `${compose.configs![source].file}:${target}:ro`];
    }
    delete service.configs;
  }
  delete compose.configs;
  const out = join(outDir, 'compose.v1.yaml');
  // YAML 1.1 as PyYAML reads it: `restart: "no"` stays a string, not false.
  writeFileSync(out, stringify(compose, { version: '1.1' }));
  return out;
}

if (require.main === module) {
  console.log(v1Compose(resolve(process.argv[2] ?? join(ROOT, '.compose')), process.env));
}
