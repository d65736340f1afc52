import { Injectable } from '@nestjs/common';
import { CertificationsService } from '../catalog/certifications.service';
import { CERTIFICATION_LABELS } from '../catalog/certification.entity';
import { CATEGORY_LABELS } from '../catalog/product.entity';
import { ProductsService } from '../catalog/products.service';
import { todayInShanghai } from '../common/validators';
import { fileUrl } from '../files/files.service';
import { RegionsService } from '../regions/regions.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { SupplyBaseStatus } from '../suppliers/supply-base.entity';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { inspectionView } from './batch-views';
import { Batch } from './batch.entity';
import { traceEventViews, TraceEventsService } from './trace-events.service';
import { TraceUrls } from './trace-url';
import { CountyRef, TraceStoryView } from './views';

/**
 * The public story behind a trace code, gathered from each context through its service: the batch,
 * its product, supplier, supply base, the product's certificates that count today, and every event.
 */
@Injectable()
export class TraceStoryService {
  constructor(
    private readonly products: ProductsService,
    private readonly certifications: CertificationsService,
    private readonly suppliers: SuppliersService,
    private readonly bases: SupplyBasesService,
    private readonly regions: RegionsService,
    private readonly events: TraceEventsService,
    private readonly urls: TraceUrls,
  ) {}

  async build(batch: Batch): Promise<TraceStoryView> {
    const today = todayInShanghai();
    const [product, supplier, base, certs, events] = await Promise.all([
      this.products.get(batch.productId),
      this.suppliers.get(batch.supplierId),
      this.bases.get(batch.supplyBaseId),
      this.certifications.forProduct(batch.productId, { approvedOnly: true, validOn: today }),
      this.events.forBatch(batch.id),
    ]);
    return {
      traceCode: batch.traceCode,
      traceUrl: this.urls.pageUrl(batch.traceCode),
      batch: {
        batchNo: batch.batchNo,
        harvestDate: batch.harvestDate,
        quantity: batch.quantity,
        unit: batch.unit,
        inspection: inspectionView(batch.inspection),
        certificate: { ...batch.certificate },
      },
      product: {
        id: product.id,
        name: product.name,
        category: product.category,
        categoryLabel: CATEGORY_LABELS[product.category],
        imageUrls: product.images.map(fileUrl),
      },
      supplier: { id: supplier.id, name: supplier.name, county: await this.county(supplier.countyCode) },
      supplyBase: {
        id: base.id,
        name: base.name,
        // The county as it was named when the batch was harvested (counties are renamed, e.g. 田阳县 → 田阳区).
        county: await this.county(base.countyCode, batch.harvestDate),
        township: base.township || null,
        coordinates: { lat: base.latitudeE6 / 1e6, lng: base.longitudeE6 / 1e6 },
        verified: base.status === SupplyBaseStatus.VERIFIED,
      },
      certifications: certs.map((c) => ({
        type: c.type,
        typeLabel: CERTIFICATION_LABELS[c.type],
        number: c.number,
        issuer: c.issuer,
        validFrom: c.validFrom,
        validTo: c.validTo,
      })),
      events: traceEventViews(events),
    };
  }

  private async county(code: string, date?: string): Promise<CountyRef> {
    const d = (date ? await this.regions.find(code, date) : null) ?? (await this.regions.find(code));
    return { code, name: d?.name ?? null };
  }
}
