import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { FilesService } from '../../files/files.service';
import { Principal } from '../../identity/principal';
import { SuppliersService } from '../../suppliers/suppliers.service';
import { AgenciesService } from '../agencies.service';
import { Canteen } from '../canteen.entity';
import { findCjkFont, fontMissing } from './contract-font';
import { renderContract } from './contract-pdf';
import { ProcurementOrderLine } from './procurement-order-line.entity';
import { ProcurementOrder } from './procurement-order.entity';

/**
 * The contract snapshot of a confirmed order: rendered to PDF and kept through the files context
 * (with its sha256). It is made at confirmation; when no CJK font was available then, the first
 * download makes it from the same confirmed data (lines and prices no longer change after
 * confirmation), so confirming never waits for a font.
 */
@Injectable()
export class ContractSnapshots {
  constructor(
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    @InjectRepository(ProcurementOrderLine) private readonly lines: Repository<ProcurementOrderLine>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
    private readonly agencies: AgenciesService,
    private readonly suppliers: SuppliersService,
    private readonly files: FilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  fontAvailable(): boolean {
    return findCjkFont(this.config.procurement.pdfFontPath) !== null;
  }

  /** Renders and stores the contract of an order confirmed at `confirmedAt` with `lines`. Throws 503 without a font. */
  async make(order: ProcurementOrder, lines: ProcurementOrderLine[], confirmedAt: Date, by: Principal): Promise<{ fileId: string; sha256: string }> {
    const font = findCjkFont(this.config.procurement.pdfFontPath);
    if (!font) throw fontMissing(this.config.procurement.pdfFontPath);
    const [agency, supplier, canteen] = await Promise.all([this.agencies.get(order.agencyId), this.suppliers.get(order.supplierId), this.canteens.findOneBy({ id: order.canteenId })]);
    const pdf = await renderContract(
      {
        orderNo: order.orderNo,
        agencyName: agency.name,
        canteenName: canteen?.name ?? '',
        supplierName: supplier.name,
        supplierCreditCode: supplier.creditCode ?? null,
        lines: lines.map((l) => ({ productName: l.productName, spec: l.spec, unit: l.unit, quantity: l.quantity, unitPriceFen: l.unitPriceFen, lineFen: l.lineFen })),
        totalFen: lines.reduce((a, l) => a + l.lineFen, 0),
        deliveryDate: order.deliveryDate,
        deliveryAddress: order.deliveryAddress,
        contactName: order.contactName,
        contactPhone: order.contactPhone,
        confirmedAt,
      },
      font,
    );
    const record = await this.files.upload({ buffer: pdf, originalname: `采购合同-${order.orderNo}.pdf`, size: pdf.length }, by);
    return { fileId: record.id, sha256: record.sha256 };
  }

  /** The stored contract of an order (made now if it is confirmed but has none yet). */
  async open(order: ProcurementOrder, me: Principal): Promise<{ stream: Readable; size: number; name: string }> {
    let fileId = order.contractFileId;
    if (!fileId) {
      if (!order.confirmedAt) throw AppError.conflict('CONTRACT_NOT_READY', '供应商确认订单后才生成采购合同');
      const lines = await this.lines.find({ where: { orderId: order.id }, order: { productName: 'ASC', spec: 'ASC' } });
      const made = await this.make(order, lines, order.confirmedAt, me);
      // Two first downloads at once: the first one's file is kept, the other is an unused upload.
      await this.orders.update({ id: order.id, contractFileId: IsNull() }, { contractFileId: made.fileId, contractSha256: made.sha256 });
      fileId = (await this.orders.findOneByOrFail({ id: order.id })).contractFileId!;
    }
    const { record, stream } = await this.files.open(fileId);
    return { stream, size: record.size, name: `采购合同-${order.orderNo}.pdf` };
  }
}
