import { test, expect, demo } from '../support/fixtures';
import { visibleText } from '../support/ui';

test.describe('login', () => {
  test('the API logs a demo user in and rejects a wrong password', async ({ api, apiAs }) => {
    const citizen = await apiAs(demo.citizen.phone);
    expect(citizen.login.user.name).toBe(demo.citizen.name);
    expect(citizen.login.user.roles).toContain('CITIZEN');

    const wrong = await api.raw('POST', '/api/auth/login', { phone: demo.citizen.phone, password: 'wrong-password' });
    expect(wrong.status()).toBe(401);
  });

  test('a citizen logs in on the storefront and sees her name', async ({ page, loginAs }) => {
    await loginAs('storefront', demo.citizen.phone);
    await expect(visibleText(page, demo.citizen.name)).toBeVisible();
  });

  test('an operator logs in on the admin and sees his name', async ({ page, loginAs }) => {
    await loginAs('admin', demo.operator.phone);
    await expect(page).toHaveURL(/\/admin(\/|$|\?)/);
    await expect(visibleText(page, demo.operator.name)).toBeVisible();
  });
});
