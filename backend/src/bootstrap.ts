import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { DemoDataSeeder } from './demo/demo-data.seeder';
import { Readiness } from './health/readiness';
import { Metrics } from './observability/metrics';
import { ReferenceDataSeeder } from './regions/reference-data.seeder';
import { mountStaticSites } from './web/static-sites';

export interface CreateAppOptions {
  /** Serve the built storefront and admin (off in API tests). */
  serveSites?: boolean;
}

/**
 * Builds the whole application for a configuration: migrates the database, loads reference data
 * (and demo data when asked), and wires the API conventions. Used by main.ts, the OpenAPI export
 * and every test, so all three run exactly the same app.
 */
export async function createApp(config: AppConfig, opts: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  // Behind nginx on a container network the proxy is not loopback: TRUST_PROXY names it, so the
  // login throttle counts the real client address rather than the proxy's.
  app.set('trust proxy', config.trustProxy.split(',').map((s) => s.trim()));
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  // Before any route, so every answer (404s and guard refusals included) is counted.
  app.use(app.get(Metrics).httpMiddleware());

  await prepareDatabase(app, config);
  SwaggerModule.setup('api/docs', app, buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json' });
  if (opts.serveSites) mountStaticSites(app);
  await app.init();
  app.get(Readiness).markStarted();
  return app;
}

async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<void> {
  const dataSource = app.get(DataSource);
  await underStartupLock(dataSource, config, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await app.get(ReferenceDataSeeder).seed();
    if (config.seedDemo) await app.get(DemoDataSeeder).seed();
  });
}

/** How long a replica waits for another one's migrations before giving up (and being restarted). */
export const STARTUP_LOCK_TIMEOUT_SECONDS = 600;

/**
 * Several replicas start at once against one MySQL database: each would run the same pending
 * migrations and insert the same reference rows. A named server lock (GET_LOCK, held by one
 * dedicated connection, per database name) lets one process migrate and seed while the others
 * wait, then find nothing left to do. The lock goes with the session if the process dies. SQLite
 * is one file on one machine and needs none.
 */
export async function underStartupLock<T>(dataSource: DataSource, config: AppConfig, work: () => Promise<T>, timeoutSeconds = STARTUP_LOCK_TIMEOUT_SECONDS): Promise<T> {
  if (config.database.kind !== 'mysql') return work();
  const name = "LEFT(CONCAT('bangfu_migrations.', DATABASE()), 64)";
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ got }] = await runner.query(`SELECT GET_LOCK(${name}, ?) AS got`, [timeoutSeconds]);
    if (Number(got) !== 1) throw new Error(`another process held the migration lock for ${timeoutSeconds} s; not starting`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT RELEASE_LOCK(${name})`);
    }
  } finally {
    await runner.release();
  }
}

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const doc = new DocumentBuilder()
    .setTitle('帮扶集市 Bangfu Market API')
    .setDescription('东西部协作消费帮扶集市的接口。金额一律为整数（分）；错误统一为 {statusCode, code, message, details?}。')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, doc);
}
