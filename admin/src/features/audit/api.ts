import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { cleanQuery } from '../reports/api';

export type AuditPage = ResponseOf<'/api/admin/audit', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditAction = ResponseOf<'/api/admin/audit/actions', 'get'>['items'][number];

/** What the filter bar holds (all optional; empty means "any"). */
export interface AuditFilters {
  /** YYYY-MM-DD, Beijing business days, inclusive. */
  from?: string;
  to?: string;
  actor?: string;
  action?: string;
  subjectType?: string;
  q?: string;
}

export const AUDIT_PAGE_SIZE = 20;

/**
 * The query string of a search: only the filters that are set, trimmed, plus the page. The export
 * uses the same filters without the paging.
 */
export function auditQuery(filters: AuditFilters, page?: number, pageSize = AUDIT_PAGE_SIZE): Record<string, string | number> {
  const trimmed = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
  return cleanQuery(page === undefined ? trimmed : { ...trimmed, page, pageSize });
}

export function useAuditSearch(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: ['audit', filters, page],
    queryFn: () => unwrap(api.GET('/api/admin/audit', { params: { query: auditQuery(filters, page) } })),
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions() {
  return useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: () => unwrap(api.GET('/api/admin/audit/actions')),
    select: (d) => d.items,
    staleTime: 10 * 60_000,
  });
}

export const AUDIT_EXPORT_PATH = '/api/admin/audit/export.xlsx';

/** Subject types the log records, for the filter (codes as the API stores them). */
export const SUBJECT_TYPE_LABELS: Record<string, string> = {
  supplier: '供应商',
  supply_base: '生产基地',
  product: '商品',
  sku: '商品规格（价格/库存）',
  certification: '证书',
  pairing: '结对关系',
  quota_policy: '采购比例政策',
  quota_declaration: '采购额度申报',
  agency: '预算单位',
  canteen: '食堂',
  user: '账号',
  supply_agreement: '供货协议',
  standing_order: '定期采购',
  refund_request: '退款申请',
  settlement: '结算单',
  payment: '支付',
  coupon_campaign: '工会券活动',
  procurement_order: '采购订单',
};
