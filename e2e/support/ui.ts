import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

export type App = 'storefront' | 'admin';

/** Where each front end is served by the backend. */
export const appRoot: Record<App, string> = { storefront: '/', admin: '/admin/' };

// Ant Design puts a space between two CJK characters in a button ("登 录"), so match loosely.
const LOGIN_NAME = /^\s*登\s*录\s*$/;

/** The login form's fields, as the front ends promise them (labels 手机号 / 密码, button 登录). */
export function loginForm(page: Page) {
  const phone = page.getByLabel('手机号').filter({ visible: true }).first();
  const password = page.getByLabel('密码').filter({ visible: true }).first();
  // Scope the submit button to the form holding the phone field, so a 登录 button in the header
  // doesn't make the locator ambiguous; pages without a <form> fall back to the last visible one.
  const inForm = page.locator('form').filter({ has: phone }).getByRole('button', { name: LOGIN_NAME });
  const anywhere = page.getByRole('button', { name: LOGIN_NAME }).filter({ visible: true }).last();
  return { phone, password, inForm, anywhere };
}

/**
 * Opens the app's root, reaches its login page (directly, by redirect, or through a 登录 link or
 * button) and logs in. Resolves once the login form has gone.
 */
export async function login(page: Page, app: App, phone: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto(appRoot[app]);
  const form = loginForm(page);
  const entry: Locator = page
    .getByRole('link', { name: /登\s*录/ })
    .or(page.getByRole('button', { name: /登\s*录/ }))
    .filter({ visible: true })
    .first();
  await expect(form.phone.or(entry).first(), `the ${app} shows a login form or a 登录 entry`).toBeVisible();
  if (!(await form.phone.isVisible())) {
    await entry.click();
    await expect(form.phone, `the ${app} login page shows a 手机号 field`).toBeVisible();
  }
  await form.phone.fill(phone);
  await form.password.fill(password);
  const submit = (await form.inForm.count()) === 1 ? form.inForm : form.anywhere;
  await submit.click();
  await expect(form.phone, `the ${app} leaves the login form after logging in as ${phone}`).toBeHidden();
}

/** A visible element with the given text, e.g. the user's name in the header. */
export function visibleText(page: Page, text: string): Locator {
  return page.getByText(text).filter({ visible: true }).first();
}
