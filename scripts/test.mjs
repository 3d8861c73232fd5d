#!/usr/bin/env node
// Runs the static checks and every test suite of the project and ends with one plain line:
// `N passed, N failed, N skipped`. Each check counts as one test; each suite reports its counts in a
// machine-readable file; this script only adds them up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const artifacts = join(root, '.artifacts');
mkdirSync(artifacts, { recursive: true });

/** A check passes when its command exits 0: a type error or a lint error fails `npm test`. */
function check(name, script) {
  return {
    name,
    command: 'npm',
    args: ['run', '--silent', script],
    counts(run) {
      return { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1, skipped: 0 };
    },
  };
}

/** A report in Jest's JSON shape (Jest and Vitest both write it). */
function jestShapedCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A test file that failed to load (or whose setup failed, say a beforeAll that could not start
  // the stack) has no failed test of its own but must still count as a failure.
  const brokenFiles = report.testResults.filter(
    (result) => result.status === 'failed' && !(result.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + Math.max(brokenFiles.length, report.numRuntimeErrorTestSuites ?? 0),
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

/** Each suite: a command, and how to read its passed/failed/skipped counts afterwards. */
const suites = [
  check('type-check (apps, libs, scripts, tests, bench, load-testing, front end)', 'typecheck'),
  check('lint (eslint, front end included)', 'lint'),
  {
    name: 'jest (unit, static, integration)',
    command: 'npx',
    args: ['jest', '--ci', '--json', `--outputFile=${join(artifacts, 'jest.json')}`],
    outputFile: join(artifacts, 'jest.json'),
    counts() {
      return jestShapedCounts(this.outputFile);
    },
  },
  {
    name: 'vitest (front-end components)',
    command: 'npm',
    args: ['run', 'test', '-w', 'apps/frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(artifacts, 'vitest.json')}`],
    outputFile: join(artifacts, 'vitest.json'),
    counts() {
      return jestShapedCounts(this.outputFile);
    },
  },
  {
    name: 'front-end API client matches the backend OpenAPI document',
    command: 'node',
    args: ['apps/frontend/scripts/openapi.mjs', 'check', '--report', join(artifacts, 'openapi-check.json')],
    outputFile: join(artifacts, 'openapi-check.json'),
    counts() {
      if (!existsSync(this.outputFile)) return null;
      return { skipped: 0, ...JSON.parse(readFileSync(this.outputFile, 'utf8')) };
    },
  },
  {
    name: 'vitest (front end, end to end in Chromium against the native stack)',
    command: 'npm',
    args: ['run', 'test:e2e', '-w', 'apps/frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(artifacts, 'vitest-e2e.json')}`],
    outputFile: join(artifacts, 'vitest-e2e.json'),
    counts() {
      return jestShapedCounts(this.outputFile);
    },
  },
];

// `node scripts/test.mjs lint jest` runs only the suites whose names start with those words.
const wanted = process.argv.slice(2);
const selected = wanted.length ? suites.filter((suite) => wanted.some((word) => suite.name.startsWith(word))) : suites;

let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const suite of selected) {
  if (suite.outputFile) rmSync(suite.outputFile, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(suite.command, suite.args, { cwd: root, stdio: 'inherit', env: process.env });
  const counts = suite.counts(run);
  if (!counts) {
    console.error(`${suite.name}: no results were produced`);
    failed += 1;
  } else {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  if (run.status !== 0) exitCode = 1;
}

// A skipped test is a test that did not run: it is counted, and it fails the run like a failure would.
const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(join(artifacts, 'test-summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 || skipped > 0 ? 1 : exitCode);
