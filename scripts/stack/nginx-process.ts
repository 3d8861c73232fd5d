import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderNginxConfig } from './nginx-config';
import { NativeNginx, nativeOptions } from './nginx-targets';

export function nginxAvailable(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

function nginxArgs(dir: string): string[] {
  // `-e` keeps even the first log line (before the config is read) inside our folder.
  return ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')];
}

/** Writes `nginx.conf` for this machine into `native.dir` and returns its path. */
export function writeNativeNginxConfig(native: NativeNginx): string {
  mkdirSync(join(native.dir, 'temp'), { recursive: true });
  const file = join(native.dir, 'nginx.conf');
  writeFileSync(file, renderNginxConfig(nativeOptions(native)));
  return file;
}

/** `nginx -t` on the configuration in `dir`: its verdict and nginx's own words. */
export function testNginxConfig(dir: string): { ok: boolean; output: string } {
  const result = spawnSync('nginx', [...nginxArgs(dir), '-t'], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Starts nginx in the foreground (so its pid is the master's) with the configuration in `dir`. */
export function spawnNginx(
  dir: string,
  stdio: 'ignore' | 'inherit' = 'ignore',
  detached = false,
): ChildProcess {
  return spawn('nginx', [...nginxArgs(dir), '-g', 'daemon off;'], { stdio, detached });
}
