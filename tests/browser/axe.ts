import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The axe-core build injected into pages (the npm package, not a CDN). */
const AXE_SCRIPT = resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
let axeSource: string | undefined;

export type ColorScheme = 'light' | 'dark';
/** Every check runs in both: contrast must hold in light and in dark. */
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** Impacts that fail a test; `minor` and `moderate` ones are printed, not failed. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core over the whole page and returns its violations. The script is added once per
 * document; the run waits a frame so a scheme switched just before has been applied.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Not `page.addScriptTag`: that inserts an inline <script>, which the extension pages'
    // CSP (`script-src 'self'`) rightly refuses. Evaluating through DevTools is not subject
    // to the page's CSP, and leaves the extension's policy as it ships.
    axeSource ??= readFileSync(AXE_SCRIPT, 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const axe = (window as unknown as { axe: { run: typeof import('axe-core').run } }).axe;
    const results: AxeResults = await axe.run(document, { resultTypes: ['violations'] });
    // Only what serializes: the nodes' elements stay in the page.
    return results.violations.map((violation) => ({
      ...violation,
      nodes: violation.nodes.map(({ html, target, impact, failureSummary }) => ({
        html,
        target,
        impact,
        failureSummary,
        any: [],
        all: [],
        none: [],
      })),
    }));
  });
}

/** One line per violation and up to three offending nodes: what a failing test prints. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 3)
        .map(
          (node) =>
            `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        );
      const more =
        violation.nodes.length > 3 ? [`    …and ${violation.nodes.length - 3} more`] : [];
      return [`  [${violation.impact}] ${violation.id}: ${violation.help}`, ...nodes, ...more].join(
        '\n',
      );
    })
    .join('\n');
}

/**
 * Checks the page as it is now in light and in dark, and returns the serious or critical
 * violations found, labelled with the scheme (empty when there are none). Lesser ones are
 * printed so they stay visible without failing the run.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const violations = await axeViolations(page);
    const blocking = violations.filter((violation) => BLOCKING.has(violation.impact ?? ''));
    const minor = violations.filter((violation) => !BLOCKING.has(violation.impact ?? ''));
    if (minor.length > 0) {
      console.info(`axe, ${label} (${colorScheme}), not failing:\n${describeViolations(minor)}`);
    }
    if (blocking.length > 0)
      found.push(`${label} (${colorScheme}):\n${describeViolations(blocking)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
