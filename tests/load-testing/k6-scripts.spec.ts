import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function typeCheck(project: string) {
  return spawnSync(process.execPath, [tsc, '-p', project, '--noEmit', '--pretty', 'false'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('k6 load-testing scripts', () => {
  it('type-check against the k6 API (tsc -p load-testing/tsconfig.json --noEmit)', () => {
    const result = typeCheck('load-testing/tsconfig.json');
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });

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

describe('bench harness', () => {
  it('type-checks (tsc -p bench/tsconfig.json --noEmit)', () => {
    const result = typeCheck('bench/tsconfig.json');
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});
