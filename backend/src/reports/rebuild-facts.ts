import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/app-config';
import { SalesFactsService } from './sales-facts.service';

/**
 * `node dist/reports/rebuild-facts.js`: recomputes the sales facts and the dashboard's rollups from
 * the order tables (paid customer orders, accepted procurement orders), for recovery after missed
 * events or a change of attribution rules. Runs no migrations: point it at a migrated database.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, seedDemo: false, scheduledJobs: false }), { logger: ['error', 'warn'] });
  try {
    const { facts, tookMs } = await app.get(SalesFactsService).rebuild();
    process.stdout.write(`sales facts rebuilt: ${facts} lines in ${tookMs} ms\n`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  process.stderr.write(`Rebuild failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
