// What a user does in the window, step by step, for the end-to-end tests: add an organisation, start an
// assessment and answer its scoping questions. Only through the UI, with the test ids the screens carry; free
// of the test runner, so scripts (the benchmark, screenshots) can use them too.
import type { Page } from 'playwright-core';
import type { ScopingProfile } from '../../assessments';
import { smallCompany } from './profiles';

export async function addOrganisation(page: Page, name: string): Promise<void> {
  const before = await page.getByTestId('organisation-card').count();
  await page.getByTestId('add-organisation').click();
  await page.getByTestId('organisation-name').fill(name);
  await page.keyboard.press('Enter');
  await page.getByTestId('organisation-card').nth(before).waitFor();
}

/** Answers the scoping questions on screen (a step of the new-assessment dialog, or the Scope tab). */
export async function answerScoping(page: Page, profile: ScopingProfile = smallCompany): Promise<void> {
  const form = page.getByTestId('scoping-form');
  for (const count of ['employees', 'individuals'] as const) {
    if ((await form.getByTestId(`scoping-${count}`).count()) === 0) continue;
    const value = profile[count];
    if (value === null) await form.getByTestId(`scoping-${count}-unsure`).check();
    else await form.getByTestId(`scoping-${count}`).fill(String(value));
  }
  for (const [flag, answer] of Object.entries(profile)) {
    if (flag === 'employees' || flag === 'individuals') continue;
    const radio = form.getByTestId(`scoping-${flag}-${String(answer)}`);
    if ((await radio.count()) > 0) await radio.check();
  }
}

/** The new-assessment dialog's two scoping steps, from the first (size) to the point of creating it. */
export async function scopeNewAssessment(page: Page, profile: ScopingProfile = smallCompany): Promise<void> {
  await answerScoping(page, profile);
  await page.getByTestId('scoping-next').click();
  await page.getByTestId('create-assessment').waitFor();
  await answerScoping(page, profile);
}

/** Starts an assessment from the home screen (for the first organisation, or the one named): title, checklists
 * (the first one when none given), scoping. */
export async function createAssessment(page: Page, options: { title: string; catalogs?: string[]; profile?: ScopingProfile; organisation?: string }): Promise<void> {
  const before = await page.getByTestId('assessment-card').count();
  if (options.organisation) {
    await page.getByTestId('organisation-card').filter({ hasText: options.organisation }).getByTestId('organisation-new-assessment').click();
  } else {
    await page.getByTestId('new-assessment').click();
  }
  await page.getByTestId('assessment-title').fill(options.title);
  if (options.catalogs) {
    // Exactly the checklists asked for: the first one is chosen by default.
    for (const box of await page.locator('input[data-testid^="catalog-"]').all()) {
      const id = (await box.getAttribute('data-testid'))!.slice('catalog-'.length);
      if (options.catalogs.includes(id) !== (await box.isChecked())) await box.click();
    }
  }
  await page.getByTestId('assessment-next').click();
  await scopeNewAssessment(page, options.profile);
  await page.getByTestId('create-assessment').click();
  await page.getByTestId('assessment-card').nth(before).waitFor();
}
