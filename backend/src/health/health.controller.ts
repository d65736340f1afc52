import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from '../identity/access.decorators';
import { Readiness } from './readiness';

class Health {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['sqlite', 'mysql'] }) db: 'sqlite' | 'mysql';
  @ApiProperty({ enum: ['embedded', 'meilisearch'] }) search: 'embedded' | 'meilisearch';
}

class Liveness {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ example: 12345, description: '进程号' }) pid: number;
  @ApiProperty({ example: 3600, description: '进程已运行秒数' }) uptimeSeconds: number;
}

class ReadinessView extends Health {
  @ApiProperty({ example: 42, description: '本版本的数据库迁移数（均已执行）' }) migrations: number;
}

/**
 * Three probes. `/api/health/live`: the process answers (restart it when it does not) — no
 * dependency is checked, so a database outage does not restart every replica at once.
 * `/api/health/ready`: send traffic — start-up finished, the database answers and no migration is
 * pending; 503 otherwise (also while shutting down). `/api/health`: the original check, kept.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readiness: Readiness,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: Health })
  async health(): Promise<Health> {
    await this.dbReachable();
    return this.summary();
  }

  @Public()
  @Get('live')
  @ApiOperation({ summary: '存活探针：进程能应答即可（不检查数据库）' })
  @ApiOkResponse({ type: Liveness })
  live(): Liveness {
    return { status: 'ok', pid: process.pid, uptimeSeconds: Math.round(process.uptime()) };
  }

  @Public()
  @Get('ready')
  @ApiOperation({ summary: '就绪探针：启动完成、数据库可达、迁移已全部执行' })
  @ApiOkResponse({ type: ReadinessView })
  @ApiServiceUnavailableResponse({ description: 'NOT_READY 启动中或正在停止；DB_UNAVAILABLE 数据库不可用；MIGRATIONS_PENDING 有未执行的迁移' })
  async ready(): Promise<ReadinessView> {
    const state = this.readiness.state;
    if (state !== 'ready') throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'NOT_READY', state === 'starting' ? '服务正在启动' : '服务正在停止');
    await this.dbReachable();
    let pending: boolean;
    try {
      pending = await this.dataSource.showMigrations();
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'DB_UNAVAILABLE', '数据库不可用');
    }
    if (pending) throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'MIGRATIONS_PENDING', '数据库迁移尚未完成');
    return { ...this.summary(), migrations: this.dataSource.migrations.length };
  }

  private async dbReachable(): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'DB_UNAVAILABLE', '数据库不可用');
    }
  }

  private summary(): Health {
    return { status: 'ok', db: this.config.database.kind, search: this.config.meili ? 'meilisearch' : 'embedded' };
  }
}
