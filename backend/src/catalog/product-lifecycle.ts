import { defineStateMachine } from '../common/state-machine';
import { ProductStatus } from './product.entity';

export const PRODUCT_STATUS_LABELS: Record<ProductStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  APPROVED: '审核通过',
  REJECTED: '已驳回',
  LISTED: '已上架',
  UNLISTED: '已下架',
};

/**
 * draft → submitted → approved / rejected → listed ⇄ unlisted. A rejected product is corrected and
 * submitted again; changes to an approved product are reviewed beside this lifecycle (pendingChanges).
 */
const { DRAFT, SUBMITTED, APPROVED, REJECTED, LISTED, UNLISTED } = ProductStatus;
export const productLifecycle = defineStateMachine<ProductStatus>(
  {
    DRAFT: [SUBMITTED],
    SUBMITTED: [APPROVED, REJECTED],
    REJECTED: [SUBMITTED],
    APPROVED: [LISTED],
    LISTED: [UNLISTED],
    UNLISTED: [LISTED],
  },
  { labels: PRODUCT_STATUS_LABELS, subject: '商品' },
);

/** Statuses after the first approval: edits there become changes awaiting review. */
export const EVER_APPROVED: readonly ProductStatus[] = [APPROVED, LISTED, UNLISTED];
