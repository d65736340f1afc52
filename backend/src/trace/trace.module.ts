import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { FilesModule } from '../files/files.module';
import { RegionsModule } from '../regions/regions.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { AdminBatchesController } from './admin-batches.controller';
import { BatchViews } from './batch-views';
import { Batch } from './batch.entity';
import { BatchesService } from './batches.service';
import { ProductBatchController } from './product-batch.controller';
import { SupplierBatchesController } from './supplier-batches.controller';
import { TraceController } from './trace.controller';
import { TraceEvent } from './trace-event.entity';
import { TraceEventsService } from './trace-events.service';
import { TraceStoryService } from './trace-story.service';
import { TraceUrls } from './trace-url';

/** Batches, trace codes and QR, append-only trace events, and the public trace story. */
@Module({
  imports: [TypeOrmModule.forFeature([Batch, TraceEvent]), CatalogModule, SuppliersModule, FilesModule, RegionsModule],
  controllers: [SupplierBatchesController, AdminBatchesController, TraceController, ProductBatchController],
  providers: [BatchesService, TraceEventsService, TraceStoryService, BatchViews, TraceUrls],
  exports: [BatchesService, TraceEventsService],
})
export class TraceModule {}
