import { readFileSync } from 'node:fs';
import { buildOpenApi } from './bootstrap';
import { OPENAPI_FILE, serialise } from './openapi';
import { startTestApp } from './testing/test-app';

/**
 * The front ends generate their typed client from backend/openapi.json; this keeps that file equal
 * to what the running API documents (regenerate with `pnpm --filter @bangfu/backend openapi`).
 */
describe('OpenAPI document', () => {
  it('is committed up to date, and served at /api/docs-json', async () => {
    const t = await startTestApp();
    try {
      const live = serialise(buildOpenApi(t.app));
      expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(live);
      const served = await t.http().get('/api/docs-json').expect(200);
      expect(served.body.paths['/api/auth/login']).toBeDefined();
      await t.http().get('/api/docs').expect(200);
    } finally {
      await t.close();
    }
  });
});
