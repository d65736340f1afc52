/** Shared API answers for the procurement component tests. */
export const buyer = {
  id: 'u3', name: '李建国', phone: '13800000003', roles: ['CANTEEN_BUYER'], agencyId: 'ag1', supplierId: null,
  agency: { id: 'ag1', name: '深圳市福田区机关事务管理局' }, supplier: null,
};

export const agency = {
  id: 'ag1', name: '深圳市福田区机关事务管理局', creditCode: null, divisionCode: '440304', level: 'DISTRICT', status: 'ACTIVE', region: null,
  canteens: [{ id: 'c1', name: '福田区机关第一食堂', address: '深圳市福田区福中三路市民中心', kind: 'SELF_RUN', kindLabel: '自办', contractorName: null, contractorUserId: null, contactName: '王师傅', contactPhone: '13900000000' }],
};

export const mangoSummary = {
  id: 'p1', name: '百色芒果 台农一号', category: 'FRUIT', minPriceFen: 5990, coverUrl: null, saleMonths: [6, 7, 8],
  county: { code: '451022', name: '田东县' }, certifications: ['ASSISTANCE'], supplier: { id: 's1', name: '田东县祥周镇芒果种植专业合作社' },
};

export const mangoDetail = {
  ...mangoSummary, description: '', imageUrls: [], storage: 'ROOM', coldChain: false, helpers: [], supplyBase: null, certificationDetails: [],
  skus: [{ id: '0b5e3c52-1111-4aaa-8bbb-000000000001', name: '5斤装 中果', unit: '箱', netWeightGrams: 2500, priceFen: 5990, stock: 300, agencyMinQty: 10 }],
};

export const productPage = { items: [mangoSummary], total: 1, page: 1, pageSize: 20, facets: { category: [], county: [], certification: [] } };

const line = (id: string, name: string, qty: number, price: number, list = price) => ({
  id, productId: 'p1', skuId: `sku-${id}`, productName: name, spec: '5斤装 中果', unit: '箱', originCountyCode: '451022', quantity: qty,
  listPriceFen: list, unitPriceFen: price, lineFen: qty * price, receivedQty: null, acceptedFen: null, shortfallNote: null,
});

type Loose = Record<string, unknown>;

export function order(status: string, over: Loose = {}): Loose & { invoices: Loose[]; payment: Loose } {
  return {
    id: 'po1', orderNo: 'PO202606150001', status, statusLabel: status, purpose: 'CANTEEN', agencyId: 'ag1', agencyName: agency.name,
    canteenId: 'c1', canteenName: '福田区机关第一食堂', supplierId: 's1', supplierName: '田东县祥周镇芒果种植专业合作社', buyerUserId: 'u3', buyerName: '李建国',
    goodsFen: 59900 + 19900, confirmedFen: 57900 + 19900, acceptedFen: null, refundedFen: 0, deliveryDate: '2026-06-20', approvalRequired: true, confirmDeadline: null,
    invoiceStatus: 'NONE', paymentStatus: 'UNPAID', agreementId: null, standingOrderId: null, createdAt: '2026-06-15T02:00:00Z',
    deliveryAddress: '深圳市福田区福中三路市民中心', contactName: '王师傅', contactPhone: '13900000000', buyerNote: null, submittedAt: '2026-06-15T02:00:00Z',
    approverUserId: null, approvedAt: null, rejectReason: null, confirmedAt: '2026-06-15T04:00:00Z', shippedAt: null, carrier: null, trackingNo: null,
    acceptedAt: null, acceptedOn: null, acceptedPairedFen: null, cancelledAt: null, cancelReason: null,
    contractUrl: '/api/procurement/orders/po1/contract.pdf', contractSha256: null,
    lines: [line('l1', '百色芒果 台农一号', 10, 5790, 5990), line('l2', '田东芒果干', 1, 19900)],
    events: [{ type: 'SUBMITTED', from: null, to: 'PENDING_APPROVAL', actorUserId: 'u3', actorName: '李建国', note: null, at: '2026-06-15T02:00:00Z' }],
    acceptance: null, invoices: [],
    payment: { status: 'UNPAID', method: null, paidFen: null, dueFen: null, transferReference: null, transferPaidOn: null, paidAt: null },
    refunds: [],
    ...over,
  };
}
