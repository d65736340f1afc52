import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './bootstrap';

/** `node dist/main.js [--demo]`: --demo turns demo data on unless SEED_DEMO says otherwise. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, { demoByDefault: process.argv.includes('--demo') });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await createApp(config, { serveSites: true });
  await app.listen(config.port);
  process.stdout.write(
    `帮扶集市 is serving on http://localhost:${config.port}  (storefront /, admin /admin, API /api, docs /api/docs; ` +
      `db ${config.database.kind}, demo data ${config.seedDemo ? 'on' : 'off'})\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
