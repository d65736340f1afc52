import { test as base, expect, type Page } from '@playwright/test';
import { Api } from './api';
import { demo } from './accounts';
import { login, type App } from './ui';

export interface Fixtures {
  /** Anonymous API client (no token). */
  api: Api;
  /** API client for a demo phone: `const op = await apiAs(demo.operator.phone)`. */
  apiAs: (phone: string, password?: string) => ReturnType<typeof Api.as>;
  /** UI login on this test's page. */
  loginAs: (app: App, phone: string, password?: string) => Promise<void>;
  /**
   * A page in a browser context of its own (own storage, so its own login), with the config's
   * `use` options; for a second actor beside `page`. Closed after the test.
   */
  newPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  api: async ({ request }, use) => {
    await use(new Api(request));
  },
  apiAs: async ({ request }, use) => {
    await use((phone, password) => Api.as(request, phone, password));
  },
  loginAs: async ({ page }, use) => {
    await use((app, phone, password) => login(page, app, phone, password));
  },
  newPage: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect, demo };
