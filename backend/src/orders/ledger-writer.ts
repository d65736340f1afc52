import { EntityManager } from 'typeorm';
import { todayInShanghai } from '../common/validators';
import { CustomerOrder } from './customer-order.entity';
import { LedgerEntry, LedgerEntryType } from './ledger-entry.entity';
import { SupplierOrder } from './supplier-order.entity';

export const BUYER_FUNDS = '买家';

/** Ledger entries of a paid supplier order: what the buyer paid, and the coupon subsidy its union funds. */
export async function recordSale(m: EntityManager, order: CustomerOrder, part: SupplierOrder, at: Date): Promise<void> {
  const day = todayInShanghai(at);
  const base = { supplierId: part.supplierId, orderId: order.id, supplierOrderId: part.id, refundId: null, businessDate: day, settlementId: null };
  await m.save(m.create(LedgerEntry, { ...base, type: LedgerEntryType.SALE, amountFen: part.payableFen, fundedBy: BUYER_FUNDS }));
  if (part.discountFen > 0) await m.save(m.create(LedgerEntry, { ...base, type: LedgerEntryType.SUBSIDY, amountFen: part.discountFen, fundedBy: order.couponFundedBy ?? '工会' }));
}

/** Ledger entries of a completed refund: the money returned, and the subsidy of the refunded units taken back. */
export async function recordRefund(
  m: EntityManager,
  order: CustomerOrder,
  part: SupplierOrder,
  refund: { id: string; amountFen: number; subsidyFen: number },
  at: Date,
): Promise<void> {
  const day = todayInShanghai(at);
  const base = { supplierId: part.supplierId, orderId: order.id, supplierOrderId: part.id, refundId: refund.id, businessDate: day, settlementId: null };
  if (refund.amountFen > 0) await m.save(m.create(LedgerEntry, { ...base, type: LedgerEntryType.REFUND, amountFen: -refund.amountFen, fundedBy: BUYER_FUNDS }));
  if (refund.subsidyFen > 0) await m.save(m.create(LedgerEntry, { ...base, type: LedgerEntryType.SUBSIDY_REVERSAL, amountFen: -refund.subsidyFen, fundedBy: order.couponFundedBy ?? '工会' }));
}
