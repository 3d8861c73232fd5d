#!/usr/bin/env node
// `generate`: writes src/api/schema.d.ts from the backend's OpenAPI document.
// `check`: generates into memory and fails when the committed schema.d.ts differs (stale client);
// `check --report FILE` also writes {passed, failed} there for `npm test`'s total.
// Defaults do not make a field required: request bodies may leave them out (`role` defaults to member).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const schemaFile = join(here, '..', 'src', 'api', 'schema.d.ts');
const mode = process.argv[2];
if (mode !== 'generate' && mode !== 'check') {
  console.error('usage: openapi.mjs generate|check [--report FILE]');
  process.exit(2);
}
const reportFile = process.argv[3] === '--report' ? process.argv[4] : undefined;
function finish(ok) {
  if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 }));
  process.exit(ok ? 0 : 1);
}

const run = spawnSync(
  'npx',
  [
    'ts-node',
    '--swc',
    '-P',
    'tsconfig.json',
    '-r',
    'tsconfig-paths/register',
    relative(root, join(here, 'openapi-document.ts')),
  ],
  {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
if (run.status !== 0) {
  console.error('Could not obtain the OpenAPI document from the backend (is PostgreSQL running?).');
  finish(false);
}
const document = JSON.parse(run.stdout);
const header =
  "// Generated from the backend's OpenAPI document by `npm run openapi:generate`. Do not edit.\n\n";
const generated = header + astToString(await openapiTS(document, { defaultNonNullable: false }));

if (mode === 'generate') {
  writeFileSync(schemaFile, generated);
  console.log(`wrote ${relative(root, schemaFile)} (${Object.keys(document.paths).length} paths)`);
} else {
  let committed = '';
  try {
    committed = readFileSync(schemaFile, 'utf8');
  } catch {
    // a missing file is reported as stale below
  }
  if (committed !== generated) {
    console.error(
      `${relative(root, schemaFile)} is stale: run \`npm run openapi:generate\` and commit the result.`,
    );
    finish(false);
  }
  console.log(`${relative(root, schemaFile)} matches the backend's OpenAPI document.`);
  finish(true);
}
