#!/usr/bin/env node
// Runs every test suite of the project and ends with one plain line: `N passed, N failed`.
// Each suite reports its counts in a machine-readable file; this script only adds them up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const artifacts = join(root, '.artifacts');
mkdirSync(artifacts, { recursive: true });

/** Each suite: a command, and how to read its passed/failed counts afterwards. */
const suites = [
  {
    name: 'jest (unit + integration)',
    command: 'npx',
    args: ['jest', '--ci', '--json', `--outputFile=${join(artifacts, 'jest.json')}`],
    counts() {
      const file = join(artifacts, 'jest.json');
      if (!existsSync(file)) return null;
      const report = JSON.parse(readFileSync(file, 'utf8'));
      // A suite that failed to load has no test results but must still count as a failure.
      return {
        passed: report.numPassedTests,
        failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
      };
    },
  },
  {
    name: 'vitest (front-end components)',
    command: 'npm',
    args: ['run', 'test', '-w', 'apps/frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(artifacts, 'vitest.json')}`],
    outputFile: join(artifacts, 'vitest.json'),
    counts() {
      if (!existsSync(this.outputFile)) return null;
      const report = JSON.parse(readFileSync(this.outputFile, 'utf8'));
      // A test file that failed to load (or whose setup failed) has no failed test but must still count as a failure.
      const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'));
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles.length };
    },
  },
  {
    name: 'front-end API client matches the backend OpenAPI document',
    command: 'node',
    args: ['apps/frontend/scripts/openapi.mjs', 'check', '--report', join(artifacts, 'openapi-check.json')],
    outputFile: join(artifacts, 'openapi-check.json'),
    counts() {
      return existsSync(this.outputFile) ? JSON.parse(readFileSync(this.outputFile, 'utf8')) : null;
    },
  },
  {
    name: 'vitest (front end, end to end in Chromium against the native stack)',
    command: 'npm',
    args: ['run', 'test:e2e', '-w', 'apps/frontend', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${join(artifacts, 'vitest-e2e.json')}`],
    outputFile: join(artifacts, 'vitest-e2e.json'),
    counts() {
      if (!existsSync(this.outputFile)) return null;
      const report = JSON.parse(readFileSync(this.outputFile, 'utf8'));
      // A failed beforeAll (say, the stack did not come up) skips every test: the file counts as failed.
      const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'));
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles.length };
    },
  },
];

let passed = 0;
let failed = 0;
let exitCode = 0;
for (const suite of suites) {
  rmSync(join(artifacts, 'jest.json'), { force: true });
  if (suite.outputFile) rmSync(suite.outputFile, { force: true });
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(suite.command, suite.args, { cwd: root, stdio: 'inherit', env: process.env });
  const counts = suite.counts();
  if (!counts) {
    console.error(`${suite.name}: no results were produced`);
    failed += 1;
  } else {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (run.status !== 0) exitCode = 1;
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(join(artifacts, 'test-summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : exitCode);
