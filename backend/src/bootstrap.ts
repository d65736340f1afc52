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
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  await prepareDatabase(app, config);
  SwaggerModule.setup('api/docs', app, buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json' });
  if (opts.serveSites) mountStaticSites(app);
  await app.init();
  return app;
}

async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<void> {
  const dataSource = app.get(DataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  await app.get(ReferenceDataSeeder).seed();
  if (config.seedDemo) await app.get(DemoDataSeeder).seed();
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
