import { Controller, Get, HttpStatus, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from '../identity/access.decorators';

class Health {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['sqlite', 'mysql'] }) db: 'sqlite' | 'mysql';
  @ApiProperty({ enum: ['embedded', 'meilisearch'] }) search: 'embedded' | 'meilisearch';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: Health })
  async health(): Promise<Health> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'DB_UNAVAILABLE', '数据库不可用');
    }
    return { status: 'ok', db: this.config.database.kind, search: this.config.meili ? 'meilisearch' : 'embedded' };
  }
}
