/** Chinese labels of the API's enums used across the supplier portal. */

export {
  BASE_CERT_LABELS as BASE_CERT_TYPE,
  BASE_STATUS,
  BASE_TYPE_LABELS as BASE_TYPE,
  CATEGORY_LABELS as CATEGORY,
  CERT_REVIEW,
  CERTIFICATION_LABELS as PRODUCT_CERT_TYPE,
  PRODUCT_EVENT_LABELS as PRODUCT_EVENT,
  PRODUCT_STATUS,
  STORAGE_LABELS as STORAGE,
  SUPPLIER_ACTION_LABELS as SUPPLIER_ACTION,
  SUPPLIER_KIND_LABELS as SUPPLIER_KIND,
  SUPPLIER_STATUS,
} from '@bangfu/api-client';

export const toOptions = (labels: Record<string, string | { label: string }>) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: typeof l === 'string' ? l : l.label }));
