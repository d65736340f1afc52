import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { ReportsController } from './reports.controller';
import { ResultsService } from './results.service';
import { SalesFactsListener } from './sales-facts.listener';
import { SalesFactsService } from './sales-facts.service';
import { SalesReportsService } from './sales-reports.service';
import { TraceabilityService } from './traceability.service';

/**
 * Reports (运营看板): sales facts fed by the orders' and procurement's events, rolled up for the
 * dashboard; the results report; traceability coverage. Reads other contexts' entities (reports
 * only) and never writes them.
 */
@Module({
  imports: [RegionsModule],
  controllers: [ReportsController],
  providers: [SalesFactsService, SalesFactsListener, SalesReportsService, ResultsService, TraceabilityService],
  exports: [SalesFactsService, SalesReportsService, ResultsService],
})
export class ReportsModule {}
