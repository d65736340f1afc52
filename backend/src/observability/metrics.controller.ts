import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Public } from '../identity/access.decorators';
import { Metrics } from './metrics';

/**
 * Prometheus scrape endpoint. Not a user route, so it is @Public() for the app's guard and checked
 * here instead: METRICS_ENABLED=false answers 404; with METRICS_TOKEN set only
 * `Authorization: Bearer <token>` reads it. The docker nginx does not pass /api/metrics at all:
 * Prometheus scrapes each replica on the internal network.
 */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus 指标（文本格式）；设置 METRICS_TOKEN 时须带 Bearer 令牌' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus 文本格式 0.0.4', schema: { type: 'string' } })
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const { enabled, token } = this.config.metrics;
    if (!enabled) throw AppError.notFound('指标接口');
    if (token && !sameSecret(authorization ?? '', `Bearer ${token}`)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new AppError(HttpStatus.UNAUTHORIZED, 'METRICS_TOKEN_REQUIRED', '读取指标需要正确的令牌');
    }
    const { contentType, body } = await this.metrics.render();
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).send(body);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
