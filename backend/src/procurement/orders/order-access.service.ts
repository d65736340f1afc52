import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../../common/app-error';
import { isOperator, Principal } from '../../identity/principal';
import { Canteen } from '../canteen.entity';
import { ProcurementOrder } from './procurement-order.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may see which procurement order: the members of its agency (a contractor's buyer only the
 * orders of the canteen they run), its supplier's staff, operators. Anyone else gets 404, the same
 * answer as for an order that does not exist, so ids of other organisations reveal nothing.
 */
@Injectable()
export class OrderAccess {
  constructor(
    @InjectRepository(ProcurementOrder) private readonly orders: Repository<ProcurementOrder>,
    @InjectRepository(Canteen) private readonly canteens: Repository<Canteen>,
  ) {}

  async get(id: string): Promise<ProcurementOrder> {
    const o = UUID.test(id) ? await this.orders.findOneBy({ id }) : null;
    if (!o) throw AppError.notFound('采购订单');
    return o;
  }

  /** The canteens a contractor's buyer is limited to, or null when the user may see the whole agency. */
  async contractorCanteens(me: Principal): Promise<string[] | null> {
    if (!me.agencyId) return [];
    const rows = await this.canteens.find({ select: { id: true }, where: { agencyId: me.agencyId, contractorUserId: me.id } });
    return rows.length ? rows.map((r) => r.id) : null;
  }

  async forAgencyMember(me: Principal, id: string): Promise<ProcurementOrder> {
    const o = await this.get(id);
    if (!me.agencyId || o.agencyId !== me.agencyId) throw AppError.notFound('采购订单');
    const limited = await this.contractorCanteens(me);
    if (limited && !limited.includes(o.canteenId)) throw AppError.notFound('采购订单');
    return o;
  }

  async forSupplier(supplierId: string, id: string): Promise<ProcurementOrder> {
    const o = await this.get(id);
    if (o.supplierId !== supplierId) throw AppError.notFound('采购订单');
    return o;
  }

  /** For routes several kinds of caller share (the contract PDF). */
  async forAnyone(me: Principal, id: string): Promise<ProcurementOrder> {
    if (isOperator(me)) return this.get(id);
    if (me.supplierId) return this.forSupplier(me.supplierId, id);
    return this.forAgencyMember(me, id);
  }
}
