import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_CODE, AUDIT_ACTIONS } from './audit-actions';

/** Every source file of the backend except tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('audit action labels', () => {
  it('has a Chinese label for every action code the backend records (so the filter and export never show raw codes)', () => {
    const used = new Set<string>();
    // The audit context itself only reads codes (its queries name columns such as 'e.action').
    for (const file of sources(join(__dirname, '..')).filter((f) => !f.startsWith(__dirname))) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!/\baction: /.test(line)) continue;
        for (const m of line.matchAll(/'([a-z][a-z_]*(?:\.[a-z][a-z_]*)+)'/g)) if (ACTION_CODE.test(m[1])) used.add(m[1]);
      }
    }
    // Codes built from a variable are checked by their known outcomes.
    for (const verb of ['approve', 'reject', 'suspend', 'reinstate']) used.add(`supplier.${verb}`);
    for (const verb of ['verify', 'reject']) used.add(`supply_base.${verb}`);
    expect(used.size).toBeGreaterThan(60);
    expect([...used].filter((code) => !AUDIT_ACTIONS[code]).sort()).toEqual([]);
  });
});
