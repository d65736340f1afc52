import { Injectable } from '@nestjs/common';
import { ProductsService } from '../catalog/products.service';
import { fileUrl } from '../files/files.service';
import { Batch, Inspection } from './batch.entity';
import { recordedTraceEventViews, TraceEventsService } from './trace-events.service';
import { TraceUrls } from './trace-url';
import { BatchDetailView, BatchSummaryView, InspectionView } from './views';

export const inspectionView = (i: Inspection | null): InspectionView | null =>
  i && { lab: i.lab, testedOn: i.testedOn, items: i.items.map((x) => ({ ...x })), passed: i.passed, reportUrl: i.reportFileId ? fileUrl(i.reportFileId) : null };

/** Batches as their supplier and operators see them. */
@Injectable()
export class BatchViews {
  constructor(
    private readonly products: ProductsService,
    private readonly events: TraceEventsService,
    private readonly urls: TraceUrls,
  ) {}

  async summaries(batches: Batch[]): Promise<BatchSummaryView[]> {
    const names = new Map<string, string>();
    for (const id of new Set(batches.map((b) => b.productId))) names.set(id, (await this.products.get(id)).name);
    return batches.map((b) => this.summary(b, names.get(b.productId)!));
  }

  async detail(b: Batch): Promise<BatchDetailView> {
    const product = await this.products.get(b.productId);
    return {
      ...this.summary(b, product.name),
      inspection: inspectionView(b.inspection),
      certificate: { ...b.certificate },
      events: recordedTraceEventViews(await this.events.forBatch(b.id)),
    };
  }

  private summary(b: Batch, productName: string): BatchSummaryView {
    return {
      id: b.id,
      traceCode: b.traceCode,
      traceUrl: this.urls.pageUrl(b.traceCode),
      supplierId: b.supplierId,
      productId: b.productId,
      productName,
      supplyBaseId: b.supplyBaseId,
      batchNo: b.batchNo,
      harvestDate: b.harvestDate,
      quantity: b.quantity,
      unit: b.unit,
      inspectionPassed: b.inspection ? b.inspection.passed : null,
      createdAt: b.createdAt.toISOString(),
    };
  }
}
