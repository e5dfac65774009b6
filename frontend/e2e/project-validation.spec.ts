import { expect, test } from '@playwright/test';
import { apiHeaders } from './support/auth';
import { expectNoAxeViolations } from './support/axe';

test('a project code that exists already is reported at the code field, the input kept', async ({ page, request }) => {
  const projects = (await (
    await request.get('/api/v1/projects?size=1&sort=code', { headers: await apiHeaders(request) })
  ).json()) as { items: { code: string }[] };
  const existingCode = projects.items[0]?.code;
  expect(existingCode, 'the demo data has projects').toBeTruthy();
  const name = `E2E doppelter Code ${test.info().project.name}`;

  await page.goto('/projects');
  await page.getByRole('link', { name: 'Neues Projekt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Projekt anlegen' })).toBeVisible();

  const code = page.getByLabel('Code', { exact: true });
  await code.fill(existingCode!);
  await page.getByLabel('Name', { exact: true }).fill(name);
  const answer = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/projects') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Projekt anlegen' }).click();

  const response = await answer;
  expect([400, 409]).toContain(response.status());
  const problem = (await response.json()) as { violations?: { field: string; message: string }[] };
  const violation = problem.violations?.find((v) => v.field === 'code');
  expect(violation, 'the API names the code field').toBeDefined();

  // The message sits at the field, tied to it for screen readers, and the input is still there.
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(code).toBeFocused();
  const describedBy = ((await code.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(descriptions.join(' ')).toContain(violation!.message);
  await expect(code).toHaveValue(existingCode!);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(page).toHaveURL(/\/projects\/new$/);

  await expectNoAxeViolations(page, 'project form with a server error');
});
