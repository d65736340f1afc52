import { ProcurementPurpose } from './procurement-order-status';

/**
 * Events of procurement orders, for the reports context (sales facts) and search (units sold).
 * Published after the transaction commits; handlers must be idempotent (keyed by orderId).
 */
export interface ProcurementSoldLine {
  productId: string;
  skuId: string;
  supplierId: string;
  originCountyCode: string;
  quantity: number;
  /** Accepted amount of the line (received quantity × agreed price). */
  amountFen: number;
}

declare module '../../common/domain-events' {
  interface DomainEventMap {
    /** The buyer accepted the delivery: the accepted lines are a sale, dated acceptedAt. */
    'procurement.order.accepted': {
      orderId: string;
      orderNo: string;
      agencyId: string;
      purpose: ProcurementPurpose;
      acceptedAt: Date;
      lines: ProcurementSoldLine[];
    };
    /** Money went back after acceptance (a return agreed with the supplier); amount in fen. */
    'procurement.order.refunded': {
      orderId: string;
      agencyId: string;
      refundedAt: Date;
      amountFen: number;
      /** Cumulative refunded amount of the order after this refund. */
      totalRefundedFen: number;
    };
  }
}

export {};
