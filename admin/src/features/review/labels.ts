import dayjs from 'dayjs';

/** Chinese labels for the enums of the catalog, supplier and base APIs (shared with the storefront). */
export {
  BASE_CERT_LABELS,
  BASE_STATUS,
  BASE_TYPE_LABELS,
  CATEGORY_LABELS,
  CERT_REVIEW,
  CERTIFICATION_LABELS,
  PRODUCT_EVENT_LABELS,
  PRODUCT_STATUS,
  STORAGE_LABELS,
  SUPPLIER_ACTION_LABELS,
  SUPPLIER_KIND_LABELS,
} from '@bangfu/api-client';

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** `6、7、8月` */
export const monthsText = (months: number[]) => (months.length ? `${[...months].sort((a, b) => a - b).join('、')}月` : '—');

export const dateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
