import type { ManagedProduct } from './api';

type Status = ManagedProduct['status'];

export interface AllowedActions {
  /** Content and SKUs may be changed (a product under its first review is frozen). */
  edit: boolean;
  submit: boolean;
  list: boolean;
  unlist: boolean;
  /** Why submit/list are shown but disabled (supplier not admitted, certificate missing). */
  blockedReason: string | null;
  /** Edits to this product go to review instead of applying at once. */
  editsNeedReview: boolean;
}

const EVER_APPROVED: Status[] = ['APPROVED', 'LISTED', 'UNLISTED'];

/** Mirrors the API's product lifecycle: which buttons a product in this state gets. */
export function allowedActions(
  p: Pick<ManagedProduct, 'status' | 'certifications' | 'skus'>,
  supplierStatus: string | undefined,
  today: string,
): AllowedActions {
  const submit = p.status === 'DRAFT' || p.status === 'REJECTED';
  const list = p.status === 'APPROVED' || p.status === 'UNLISTED';
  let blockedReason: string | null = null;
  if (submit || list) {
    const assistance = p.certifications.filter((c) => c.type === 'ASSISTANCE' && c.review !== 'REJECTED' && c.validFrom <= today && today <= c.validTo);
    if (supplierStatus !== undefined && supplierStatus !== 'APPROVED') blockedReason = '供应商尚未通过准入（或已暂停），暂不能提交审核或上架';
    else if (!p.skus.some((s) => s.enabled)) blockedReason = '至少需要一个在售规格';
    else if (!assistance.length) blockedReason = '请先上传有效期内的消费帮扶产品认定证书';
    else if (list && !assistance.some((c) => c.review === 'APPROVED')) blockedReason = '消费帮扶产品认定证书审核通过后才能上架';
  }
  return {
    edit: p.status !== 'SUBMITTED',
    submit,
    list,
    unlist: p.status === 'LISTED',
    blockedReason,
    editsNeedReview: EVER_APPROVED.includes(p.status),
  };
}
