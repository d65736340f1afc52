import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/app-config';
import { SearchIndexer } from './search-indexer';

/**
 * `node dist/search/reindex.js`: rebuilds the search index from the catalog, for operators and for
 * recovery (the same as POST /api/admin/search/reindex). Meaningful with Meilisearch (MEILI_HOST set),
 * whose index outlives the process; the in-process engine lives inside each serving process and is
 * rebuilt at its start-up (use the endpoint to rebuild a running one).
 * Runs no migrations: point it at a database the backend has already migrated.
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
  if (!config.meili) process.stdout.write('MEILI_HOST is not set: rebuilding an in-process index only checks the catalog can be indexed.\n');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, seedDemo: false, scheduledJobs: false }), { logger: ['error', 'warn'] });
  try {
    const { indexed, tookMs } = await app.get(SearchIndexer).rebuild();
    process.stdout.write(`search index (${config.meili ? 'meilisearch' : 'embedded'}) rebuilt: ${indexed} products in ${tookMs} ms\n`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  process.stderr.write(`Re-index failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
