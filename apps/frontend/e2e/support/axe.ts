import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

// Read once; evaluated through the DevTools protocol, so the app's Content-Security-Policy (no
// inline scripts) does not stand in the way.
const AXE_SOURCE = readFileSync(
  createRequire(join(__dirname, 'axe.ts')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Impacts that fail the journey; minor and moderate ones are left to review. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is shown and throws when it finds a serious or critical
 * violation, naming the rule, the page and the first elements concerned.
 */
export async function audit(page: Page, name: string): Promise<void> {
  // A dialog fading out is half transparent: its colours would fail contrast for a moment.
  // Audit the page as it settles, once no transition or animation is running.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
        resultTypes: ['violations'],
      }) as Promise<AxeResults>,
  );
  const failing = results.violations.filter((violation) => FAILING.has(violation.impact ?? ''));
  if (failing.length === 0) return;
  const lines = failing.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`.trim())
        .join(' | ')}`,
  );
  throw new Error(
    `axe found ${failing.length} serious or critical violation(s) on ${name}:\n${lines.join('\n')}`,
  );
}
