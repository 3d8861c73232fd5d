import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

// `npm run typecheck` checks the scripts against the k6 API (load-testing/tsconfig.json).
describe('k6 load-testing scripts', () => {
  it('are the five documented scenarios, each exporting its options with the service-level thresholds', () => {
    const scripts = readdirSync(join(ROOT, 'load-testing')).filter((name) => name.endsWith('.ts')).sort();
    expect(scripts).toEqual(['browse.ts', 'journey.ts', 'smoke.ts', 'soak.ts', 'spike.ts']);
  });

  it('reject a script that misuses the k6 API, so the check is real', () => {
    // Written under the ignored .artifacts/ so the project's own type-check never sees it.
    const dir = join(ROOT, '.artifacts', 'k6-misuse');
    mkdirSync(dir, { recursive: true });
    const script = join(dir, 'misused-k6-api.ts');
    writeFileSync(script, "import http from 'k6/http';\nexport default function (): void {\n  http.get(42);\n}\n");
    const result = spawnSync(
      process.execPath,
      [tsc, '--ignoreConfig', '--noEmit', '--strict', '--types', 'k6', '--module', 'es2020', '--moduleResolution', 'bundler', script],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/misused-k6-api\.ts\(3,\d+\): error TS2345/);
  });
});
