import { Global, Module } from '@nestjs/common';
import { Readiness } from '../health/readiness';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';

/** Metrics (GET /api/metrics) and the readiness state the health probes read. Global: contexts count through Metrics. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, Readiness],
  exports: [Metrics, Readiness],
})
export class ObservabilityModule {}
