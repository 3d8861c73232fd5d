import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './stack-config';

export interface Build {
  name: string;
  /** The file the build produces; missing or older than a source means "build it". */
  output: string;
  sources: string[];
  command: string[];
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'test' || entry === 'e2e')
      continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function needsBuild(build: Build): boolean {
  const output = join(ROOT, build.output);
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return build.sources.some((source) => newestMtime(join(ROOT, source)) > built);
}

export function frontendHasBuildScript(): boolean {
  const manifest = join(ROOT, 'apps', 'frontend', 'package.json');
  if (!existsSync(manifest)) return false;
  return Boolean(JSON.parse(readFileSync(manifest, 'utf8')).scripts?.build);
}

export const BUILDS: Build[] = [
  {
    name: 'backend',
    output: 'dist/apps/backend/main.js',
    sources: ['apps/backend/src', 'libs'],
    command: ['npx', 'nest', 'build', 'backend'],
  },
  {
    name: 'mailer',
    output: 'dist/apps/mailer/main.js',
    sources: ['apps/mailer/src', 'libs'],
    command: ['npx', 'nest', 'build', 'mailer'],
  },
  {
    name: 'frontend',
    output: 'apps/frontend/dist/index.html',
    sources: ['apps/frontend/src', 'apps/frontend/index.html'],
    command: ['npm', 'run', 'build:frontend'],
  },
];

/** Runs a build with its output in `log`; true when it succeeded. */
export function runBuild(build: Build, log: string): boolean {
  const result = spawnSync(build.command[0], build.command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status === 0;
}
