import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Certification, CERTIFICATION_LABELS, CertificationReview, CertificationType } from '../catalog/certification.entity';
import { Product } from '../catalog/product.entity';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { Supplier } from '../suppliers/supplier.entity';
import { SupplyBase } from '../suppliers/supply-base.entity';
import { Batch } from '../trace/batch.entity';
import { BIZ_STEP_LABELS, BizStep, Disposition } from '../trace/cbv';
import { TraceEvent } from '../trace/trace-event.entity';
import { DateRange } from './dto';
import { divisionNames } from './names';
import { SalesFact } from './sales-fact.entity';
import { BaseCoverageRow, BaseCoverageView, BaseTraceDetailView, BatchTraceRow, ExpiringCertRow, ExpiringCertsView } from './traceability.views';

/** The journey a trace code must show to count as complete. */
export const JOURNEY: BizStep[] = [BizStep.harvesting, BizStep.inspecting, BizStep.packing, BizStep.shipping];

const BASE_CERT_LABELS: Record<string, string> = { GONGSHEN: '供深基地', GONGYUE: '供粤基地', ORGANIC: '有机食品', GREEN: '绿色食品', GI: '地理标志农产品' };

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

interface BatchState {
  batch: Batch;
  steps: Map<BizStep, Date>;
  complete: boolean;
  failed: boolean;
}

/**
 * Traceability per supply base. Order lines do not name a batch, so a sold unit is linked to the
 * batch the shop showed for its product on the day of sale: the product's latest batch harvested
 * on or before that day (as BatchesService.latestOfProduct picks, applied to the sale's day). The
 * unit is traced when that batch's events — leaving out events a correction replaced — cover
 * harvesting, inspecting, packing and shipping.
 */
@Injectable()
export class TraceabilityService {
  constructor(private readonly ds: DataSource) {}

  async bases(range: DateRange): Promise<BaseCoverageView> {
    const bases = await this.ds.getRepository(SupplyBase).find({ order: { name: 'ASC' } });
    const items = await this.coverage(bases, range);
    const soldUnits = items.reduce((a, r) => a + r.soldUnits, 0);
    const tracedUnits = items.reduce((a, r) => a + r.tracedUnits, 0);
    return { ...range, items: items.map((i) => i.row), soldUnits, tracedUnits, coverage: soldUnits ? tracedUnits / soldUnits : null };
  }

  async base(baseId: string, range: DateRange): Promise<BaseTraceDetailView> {
    const base = await this.ds.getRepository(SupplyBase).findOneBy({ id: baseId });
    if (!base) throw AppError.notFound('生产基地');
    const [{ row, batches, soldByBatch, products }] = await this.coverage([base], range);
    const rows: BatchTraceRow[] = batches
      .filter((b) => b.batch.supplyBaseId === base.id)
      .sort((a, b) => b.batch.harvestDate.localeCompare(a.batch.harvestDate) || a.batch.batchNo.localeCompare(b.batch.batchNo))
      .map((s) => ({
        batchId: s.batch.id,
        batchNo: s.batch.batchNo,
        traceCode: s.batch.traceCode,
        productId: s.batch.productId,
        productName: products.get(s.batch.productId)?.name ?? '',
        harvestDate: s.batch.harvestDate,
        quantity: s.batch.quantity,
        unit: s.batch.unit,
        journey: JOURNEY.map((step) => ({ bizStep: step, label: BIZ_STEP_LABELS[step], at: s.steps.get(step)?.toISOString() ?? null })),
        complete: s.complete,
        inspection: s.batch.inspection
          ? { lab: s.batch.inspection.lab, testedOn: s.batch.inspection.testedOn, passed: s.batch.inspection.passed, failedItems: s.batch.inspection.items.filter((i) => !i.passed).map((i) => i.name) }
          : null,
        soldUnits: soldByBatch.get(s.batch.id) ?? 0,
      }));
    return { ...row, ...range, batches: rows };
  }

  private async coverage(bases: SupplyBase[], range: DateRange) {
    if (!bases.length) return [];
    const baseIds = bases.map((b) => b.id);
    const [suppliers, names, products, baseBatches, sales] = await Promise.all([
      this.ds.getRepository(Supplier).findBy({ id: In([...new Set(bases.map((b) => b.supplierId))]) }),
      divisionNames(this.ds, bases.map((b) => b.countyCode)),
      this.ds.getRepository(Product).find({ select: { id: true, name: true, supplyBaseId: true }, where: { supplyBaseId: In(baseIds) } }),
      this.ds.getRepository(Batch).findBy({ supplyBaseId: In(baseIds) }),
      this.ds
        .getRepository(SalesFact)
        .createQueryBuilder('f')
        .select('f.supplyBaseId', 'baseId')
        .addSelect('f.productId', 'productId')
        .addSelect('f.saleDate', 'saleDate')
        .addSelect('SUM(f.netQty)', 'units')
        .where('f.supplyBaseId IN (:...baseIds)', { baseIds })
        .andWhere('f.saleDate >= :from AND f.saleDate <= :to', range)
        .groupBy('f.supplyBaseId')
        .addGroupBy('f.productId')
        .addGroupBy('f.saleDate')
        .getRawMany<{ baseId: string; productId: string; saleDate: string | Date; units: string | number }>(),
    ]);
    // Every batch of the products sold (a product's batch may come from another base) and of the bases.
    const soldProducts = [...new Set(sales.map((s) => s.productId))];
    const productBatches = soldProducts.length ? await this.ds.getRepository(Batch).findBy({ productId: In(soldProducts) }) : [];
    const allBatches = new Map([...baseBatches, ...productBatches].map((b) => [b.id, b]));
    const states = await this.states([...allBatches.values()]);
    const byProduct = new Map<string, BatchState[]>();
    for (const s of states.values()) byProduct.set(s.batch.productId, [...(byProduct.get(s.batch.productId) ?? []), s]);
    for (const list of byProduct.values()) list.sort((a, b) => b.batch.harvestDate.localeCompare(a.batch.harvestDate) || b.batch.createdAt.getTime() - a.batch.createdAt.getTime() || a.batch.id.localeCompare(b.batch.id));
    const batchOn = (productId: string, day: string) => byProduct.get(productId)?.find((s) => s.batch.harvestDate <= day) ?? null;

    const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
    const productMap = new Map(products.map((p) => [p.id, p]));
    return bases.map((base) => {
      let sold = 0;
      let traced = 0;
      const soldByBatch = new Map<string, number>();
      for (const s of sales.filter((x) => x.baseId === base.id)) {
        const units = Number(s.units);
        const day = typeof s.saleDate === 'string' ? s.saleDate.slice(0, 10) : s.saleDate.toISOString().slice(0, 10);
        sold += units;
        const b = batchOn(s.productId, day);
        if (b) soldByBatch.set(b.batch.id, (soldByBatch.get(b.batch.id) ?? 0) + units);
        if (b?.complete) traced += units;
      }
      const own = [...states.values()].filter((s) => s.batch.supplyBaseId === base.id);
      const inspected = own.filter((s) => s.batch.inspection).sort((a, b) => b.batch.inspection!.testedOn.localeCompare(a.batch.inspection!.testedOn));
      const row: BaseCoverageRow = {
        baseId: base.id,
        baseName: base.name,
        status: base.status,
        supplierId: base.supplierId,
        supplierName: supplierNames.get(base.supplierId) ?? '',
        countyCode: base.countyCode,
        countyName: names.get(base.countyCode) ?? base.countyCode,
        productCount: products.filter((p) => p.supplyBaseId === base.id).length,
        batchCount: own.length,
        soldUnits: sold,
        tracedUnits: traced,
        coverage: sold ? traced / sold : null,
        lastInspectedOn: inspected[0]?.batch.inspection!.testedOn ?? null,
        lastInspectionPassed: inspected[0]?.batch.inspection!.passed ?? null,
        failedInspections: own.filter((s) => s.failed).length,
      };
      return { row, soldUnits: sold, tracedUnits: traced, batches: own, soldByBatch, products: productMap };
    });
  }

  /** Each batch's journey from its effective events (an event replaced by a correction no longer counts). */
  private async states(batches: Batch[]): Promise<Map<string, BatchState>> {
    const out = new Map<string, BatchState>();
    const ids = batches.map((b) => b.id);
    const events: TraceEvent[] = [];
    for (let i = 0; i < ids.length; i += 500) events.push(...(await this.ds.getRepository(TraceEvent).find({ where: { batchId: In(ids.slice(i, i + 500)) }, order: { sequence: 'ASC' } })));
    const corrected = new Set(events.filter((e) => e.correctsEventId).map((e) => e.correctsEventId!));
    for (const b of batches) out.set(b.id, { batch: b, steps: new Map(), complete: false, failed: b.inspection ? !b.inspection.passed : false });
    for (const e of events) {
      if (corrected.has(e.id)) continue;
      const s = out.get(e.batchId)!;
      if (JOURNEY.includes(e.bizStep) && !s.steps.has(e.bizStep)) s.steps.set(e.bizStep, e.eventTime);
      if (e.bizStep === BizStep.inspecting && e.disposition === Disposition.non_conformant) s.failed = true;
    }
    for (const s of out.values()) s.complete = JOURNEY.every((step) => s.steps.has(step));
    return out;
  }

  /** Product certificates (approved) and base certificates whose validity ends within `days` days from today. */
  async expiring(days: number, today = todayInShanghai()): Promise<ExpiringCertsView> {
    const until = addDays(today, days);
    const certs = await this.ds
      .getRepository(Certification)
      .createQueryBuilder('c')
      .where('c.validTo >= :today AND c.validTo <= :until', { today, until })
      .andWhere('c.review = :r', { r: CertificationReview.APPROVED })
      .getMany();
    const products = certs.length ? await this.ds.getRepository(Product).find({ select: { id: true, name: true, supplierId: true }, where: { id: In([...new Set(certs.map((c) => c.productId))]) } }) : [];
    const productMap = new Map(products.map((p) => [p.id, p]));
    // Base certificates live in a JSON column: read the bases and filter here (a few thousand rows at most).
    const bases = await this.ds.getRepository(SupplyBase).find();
    const supplierIds = [...new Set([...products.map((p) => p.supplierId), ...bases.map((b) => b.supplierId)])];
    const suppliers = supplierIds.length ? await this.ds.getRepository(Supplier).find({ select: { id: true, name: true }, where: { id: In(supplierIds) } }) : [];
    const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
    const items: ExpiringCertRow[] = [];
    for (const c of certs) {
      const p = productMap.get(c.productId);
      if (!p) continue;
      items.push({ subject: 'PRODUCT', subjectId: p.id, subjectName: p.name, supplierId: p.supplierId, supplierName: supplierNames.get(p.supplierId) ?? '', type: c.type, typeLabel: CERTIFICATION_LABELS[c.type as CertificationType] ?? c.type, number: c.number, validTo: c.validTo, daysLeft: daysBetween(today, c.validTo) });
    }
    for (const b of bases) {
      for (const c of b.certifications ?? []) {
        if (c.validTo < today || c.validTo > until) continue;
        items.push({ subject: 'BASE', subjectId: b.id, subjectName: b.name, supplierId: b.supplierId, supplierName: supplierNames.get(b.supplierId) ?? '', type: c.type, typeLabel: BASE_CERT_LABELS[c.type] ?? c.type, number: c.number, validTo: c.validTo, daysLeft: daysBetween(today, c.validTo) });
      }
    }
    items.sort((a, b) => a.daysLeft - b.daysLeft || a.subjectName.localeCompare(b.subjectName) || a.number.localeCompare(b.number));
    return { days, today, items };
  }
}
