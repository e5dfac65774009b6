import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** WCAG 2.1 A and AA, the level the app promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation as a reader wants it: rule, impact, what to do, and where (selector and axe's summary). */
function describe(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\n\s*/g, '\n      ');
    return `    at ${node.target.join(' ')}\n      ${node.html.slice(0, 200)}\n      ${summary}`;
  });
  return [`  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`, `    ${violation.helpUrl}`, ...nodes].join(
    '\n',
  );
}

/**
 * Runs axe on the page as it is now and fails with a readable list unless there is no WCAG 2.1 AA
 * violation. `label` names the state in the report (e.g. "form with server error").
 */
export async function expectNoAxeViolations(page: Page, label = 'page'): Promise<void> {
  await test.step(`axe: ${label}`, async () => {
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const report = results.violations.map(describe).join('\n\n');
    if (results.violations.length > 0) {
      await test.info().attach(`axe-violations-${label}.json`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
    }
    expect(
      results.violations.length,
      `${results.violations.length} accessibility violation(s) on ${label} (${page.url()}):\n\n${report}\n`,
    ).toBe(0);
  });
}
