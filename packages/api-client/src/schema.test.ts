import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

/**
 * schema.d.ts must be what openapi-typescript makes of backend/openapi.json (which the backend's own
 * test keeps equal to the live API), so the typed client can't drift from the server.
 * Regenerate with `node scripts/pnpm.mjs --filter @bangfu/api-client run api:types`.
 */
describe('generated schema', () => {
  it('matches backend/openapi.json', async () => {
    const spec = new URL('../../../backend/openapi.json', import.meta.url);
    const generated = astToString(await openapiTS(spec));
    const committed = readFileSync(new URL('./schema.d.ts', import.meta.url), 'utf8');
    const body = (s: string) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toBe(body(generated));
  });
});
