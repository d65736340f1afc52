import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { freshDatabase } from '../testing/test-database';
import { dataSourceOptions } from './data-source-options';

/**
 * Migrations are hand-written once for both databases; this proves that, after they run, the
 * schema is exactly what the entities describe (TypeORM would generate no further change).
 */
describe('migrations', () => {
  it('build the schema the entities describe, and undo cleanly', async () => {
    const { database, drop } = await freshDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), database };
    const ds = new DataSource(await dataSourceOptions(config));
    await ds.initialize();
    try {
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran.length).toBeGreaterThan(0);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      for (let i = 0; i < ran.length; i++) await ds.undoLastMigration();
      const tables = await ds.createQueryRunner().getTables(['users', 'pairings']);
      expect(tables).toHaveLength(0);
    } finally {
      await ds.destroy();
      await drop();
    }
  });
});
