import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVisibleFocus, tabTo } from './support/keyboard';

test.describe('keyboard only', () => {
  // On phones the navigation sits behind the menu button; keyboards are a desktop matter here.
  test.skip(({ isMobile }) => isMobile, 'desktop only');

  test('reaches the projects list and opens a project with Tab and Enter, the focus always visible', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

    const projectsLink = page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Projekte' });
    await tabTo(page, projectsLink);
    await expectVisibleFocus(projectsLink);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeFocused();
    const firstProject = page.getByRole('table', { name: 'Projekte' }).getByRole('row').nth(1).getByRole('link');
    await expect(firstProject).toBeVisible();
    const name = (await firstProject.textContent()) ?? '';

    await tabTo(page, firstProject);
    await expectVisibleFocus(firstProject);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expectNoAxeViolations(page, 'project detail');
  });
});
