import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, Repository } from 'typeorm';
import { ProductsService } from '../catalog/products.service';
import { AppError } from '../common/app-error';
import { todayInShanghai } from '../common/validators';
import { isUniqueViolation } from '../database/dialect';
import { FilesService } from '../files/files.service';
import { RegionsService } from '../regions/regions.service';
import { SuppliersService } from '../suppliers/suppliers.service';
import { SupplyBasesService } from '../suppliers/supply-bases.service';
import { Batch, Inspection } from './batch.entity';
import { issueCertificate } from './compliance-certificate';
import { AdminBatchQuery, CreateBatchDto, InspectionInput } from './dto';
import { newTraceCode, normaliseTraceCode } from './trace-code';

/**
 * Batches of a supplier's products. A supplier batches only its own products from its own supply
 * bases; each batch gets a random trace code at creation, and its 合格证 is issued then and kept.
 */
@Injectable()
export class BatchesService {
  constructor(
    @InjectRepository(Batch) private readonly repo: Repository<Batch>,
    private readonly products: ProductsService,
    private readonly bases: SupplyBasesService,
    private readonly suppliers: SuppliersService,
    private readonly files: FilesService,
    private readonly regions: RegionsService,
  ) {}

  async create(supplierId: string, actorId: string, dto: CreateBatchDto): Promise<Batch> {
    const today = todayInShanghai();
    const product = await this.products.requireOwnProduct(supplierId, dto.productId);
    const baseId = dto.supplyBaseId ?? product.supplyBaseId;
    if (!baseId) throw AppError.badRequest('SUPPLY_BASE_REQUIRED', '该商品未登记生产基地，请指定批次的生产基地');
    const base = await this.bases.requireOwnBase(supplierId, baseId);
    if (dto.harvestDate > today) throw AppError.badRequest('HARVEST_DATE_IN_FUTURE', '采收（生产）日期不能晚于今天');
    const inspection = dto.inspection ? await this.inspection(supplierId, dto.inspection, today) : null;
    const supplier = await this.suppliers.get(supplierId);
    const county = await this.regions.find(base.countyCode, dto.harvestDate) ?? await this.regions.find(base.countyCode);
    const certificate = issueCertificate(
      dto.certificate,
      {
        productName: product.name,
        quantity: dto.quantity,
        unit: dto.unit.trim(),
        producer: supplier.name,
        origin: `${county?.fullName ?? ''}${base.township ?? ''}` || base.name,
        harvestDate: dto.harvestDate,
      },
      today,
    );
    const fields = {
      supplierId,
      productId: product.id,
      supplyBaseId: base.id,
      batchNo: dto.batchNo,
      harvestDate: dto.harvestDate,
      quantity: dto.quantity,
      unit: dto.unit.trim(),
      inspection,
      certificate,
      createdById: actorId,
    };
    // A fresh random code per try: a clash of 80 random bits is practically impossible, but the
    // unique index is what guarantees it, and a clash only costs another draw.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.repo.save(this.repo.create({ ...fields, traceCode: newTraceCode() }));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (await this.repo.existsBy({ supplierId, batchNo: dto.batchNo })) throw AppError.conflict('BATCH_NO_EXISTS', `批次号 ${dto.batchNo} 已存在`);
        if (attempt >= 2) throw err;
      }
    }
  }

  private async inspection(supplierId: string, dto: InspectionInput, today: string): Promise<Inspection> {
    if (dto.testedOn > today) throw AppError.badRequest('INSPECTION_DATE_IN_FUTURE', '检测日期不能晚于今天');
    if (dto.passed && dto.items.some((i) => !i.passed)) throw AppError.badRequest('INSPECTION_INCONSISTENT', '有检测项目不合格时，总体结论不能为合格');
    if (dto.reportFileId) await this.files.requireFile(dto.reportFileId, { supplierId });
    return {
      lab: dto.lab.trim(),
      testedOn: dto.testedOn,
      items: dto.items.map((i) => ({ name: i.name.trim(), result: i.result.trim(), passed: i.passed })),
      passed: dto.passed,
      reportFileId: dto.reportFileId ?? null,
    };
  }

  /** A supplier's own batch; another supplier's batch is "not found", exactly like a missing one. */
  async requireOwn(supplierId: string, id: string): Promise<Batch> {
    const b = await this.repo.findOneBy({ id, supplierId });
    if (!b) throw AppError.notFound('批次');
    return b;
  }

  async get(id: string): Promise<Batch> {
    const b = await this.repo.findOneBy({ id });
    if (!b) throw AppError.notFound('批次');
    return b;
  }

  /** The batch a trace code names. Unknown and malformed codes answer alike. */
  async byTraceCode(code: string): Promise<Batch> {
    const canonical = normaliseTraceCode(code);
    const b = canonical ? await this.repo.findOneBy({ traceCode: canonical }) : null;
    if (!b) throw AppError.notFound('追溯码');
    return b;
  }

  /** A product's newest batch by harvest date (then by creation), or null when it has none. */
  latestOfProduct(productId: string): Promise<Batch | null> {
    return this.repo.findOne({ where: { productId }, order: { harvestDate: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }

  /** Newest first; `supplierId` unset lists every supplier's (operators only). */
  list(q: AdminBatchQuery): Promise<[Batch[], number]> {
    const where: FindOptionsWhere<Batch> = {};
    if (q.supplierId) where.supplierId = q.supplierId;
    if (q.productId) where.productId = q.productId;
    const pageSize = q.pageSize ?? 50;
    return this.repo.findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: ((q.page ?? 1) - 1) * pageSize, take: pageSize });
  }
}
