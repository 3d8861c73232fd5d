#!/usr/bin/env node
// Prints the gzipped JavaScript a browser downloads for a first page: the entry chunk, every chunk it
// imports statically, and the lazily loaded chunk of that page with its own static imports.
// Every page counts as a possible first page (a link in a mail can open any of them); the budget applies
// to the largest. Usage (after `vite build`): node scripts/bundle-size.mjs [page sources…]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : Object.keys(manifest)
      .filter((key) => /^src\/pages\/[^/]+\/\w+Page\.tsx$/.test(key))
      .sort();
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let worst = 0;
for (const page of pages) {
  if (!manifest[page]) throw new Error(`${page} is not a chunk of the build`);
  const chunks = closure(page, closure(entry));
  const total = [...chunks].reduce((sum, key) => sum + gzipped(manifest[key].file), 0);
  worst = Math.max(worst, total);
  console.log(`${page}: ${kB(total)} of JavaScript gzipped in ${chunks.size} files`);
}
const budget = 200 * 1024;
console.log(worst <= budget ? `within the ${kB(budget)} budget` : `OVER the ${kB(budget)} budget`);
process.exit(worst <= budget ? 0 : 1);
