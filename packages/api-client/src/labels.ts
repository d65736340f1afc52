/**
 * Chinese names of the API's enums, shared by the storefront and the admin so the same status
 * reads the same everywhere. Apps add colours or short badge texts on top, never other words.
 */
type Tagged = { label: string; color?: string };

export const CATEGORY_LABELS: Record<string, string> = {
  FRUIT: '水果', VEGETABLE: '蔬菜', TEA: '茶叶', GRAIN_OIL: '粮油', MEAT_EGG: '肉禽蛋', DRIED: '干货山珍', PROCESSED: '加工食品', OTHER: '其他',
};

export const CERTIFICATION_LABELS: Record<string, string> = {
  ASSISTANCE: '消费帮扶产品认定', ZHENPIN: '圳品', GREEN: '绿色食品', ORGANIC: '有机食品', GI: '地理标志', COMPLIANCE: '承诺达标合格证',
};

export const STORAGE_LABELS: Record<string, string> = { ROOM: '常温', CHILLED: '冷藏', FROZEN: '冷冻' };

export const PRODUCT_STATUS: Record<string, Tagged> = {
  DRAFT: { label: '草稿' },
  SUBMITTED: { label: '待审核', color: 'gold' },
  APPROVED: { label: '审核通过', color: 'blue' },
  REJECTED: { label: '已驳回', color: 'red' },
  LISTED: { label: '已上架', color: 'green' },
  UNLISTED: { label: '已下架', color: 'default' },
};

export const PRODUCT_EVENT_LABELS: Record<string, string> = {
  CREATED: '创建草稿', SUBMITTED: '提交审核', APPROVED: '审核通过', REJECTED: '审核驳回', CHANGES_SUBMITTED: '提交修改',
  CHANGES_APPROVED: '修改审核通过', CHANGES_REJECTED: '修改被驳回', LISTED: '上架', UNLISTED: '下架', EXPIRED: '认定过期自动下架',
};

export const CERT_REVIEW: Record<string, Tagged> = {
  PENDING: { label: '待审核', color: 'gold' },
  APPROVED: { label: '已审核', color: 'green' },
  REJECTED: { label: '已驳回', color: 'red' },
};

export const SUPPLIER_KIND_LABELS: Record<string, string> = { COOPERATIVE: '农民专业合作社', ENTERPRISE: '企业', FAMILY_FARM: '家庭农场' };

export const SUPPLIER_STATUS: Record<string, Tagged> = {
  PENDING: { label: '待审核', color: 'gold' },
  APPROVED: { label: '已准入', color: 'green' },
  REJECTED: { label: '已驳回', color: 'red' },
  SUSPENDED: { label: '已暂停', color: 'volcano' },
};

export const SUPPLIER_ACTION_LABELS: Record<string, string> = {
  SUBMIT: '提交入驻申请', RESUBMIT: '修改并重新提交', ADMIT: '运营直接登记准入', APPROVE: '准入通过', REJECT: '驳回', SUSPEND: '暂停', REINSTATE: '恢复',
};

export const BASE_STATUS: Record<string, Tagged> = {
  PENDING: { label: '待核验', color: 'gold' },
  VERIFIED: { label: '已核验', color: 'green' },
  REJECTED: { label: '已驳回', color: 'red' },
};

export const BASE_TYPE_LABELS: Record<string, string> = {
  PLANTING: '种植基地', BREEDING: '养殖基地', PROCESSING: '加工基地', STORAGE_LOGISTICS: '仓储物流基地', INTEGRATED: '综合基地',
};

export const BASE_CERT_LABELS: Record<string, string> = { GONGSHEN: '供深基地', GONGYUE: '供粤基地', ORGANIC: '有机认证', GREEN: '绿色食品', GI: '地理标志' };
