/**
 * compose.yaml as Debian's docker-compose 1.29 (the only compose on a machine without the v2
 * plugin) reads it: that release knows neither the top-level `name` (the project name is passed
 * with `-p`) nor inline `configs.*.content`, which is written to a file here with the variables
 * compose would have filled in. Run it with `--project-directory` at the repository root, so
 * relative paths mean what they mean in compose.yaml.
 *   ts-node --swc scripts/compose/v1-compose.ts <out-dir>   → <out-dir>/compose.v1.yaml
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { load, ROOT } from '../../tests/compose/compose-file';

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
  for (const [name, config] of Object.entries(compose.configs ?? {})) {
    if (config.content !== undefined) {
      const file = join(outDir, 'configs', name);
      writeFileSync(file, interpolate(config.content, environment), { mode: 0o644 });
      compose.configs![name] = { file };
    }
  }
  const out = join(outDir, 'compose.v1.yaml');
  writeFileSync(out, stringify(compose));
  return out;
}

if (require.main === module) {
  console.log(v1Compose(resolve(process.argv[2] ?? join(ROOT, '.compose')), process.env));
}
