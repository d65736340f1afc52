import type { FormInstance } from 'antd';

/**
 * Shows the API's validation details under the matching form fields. `rename` maps API field
 * names (e.g. `sourceDoc.title`) to form field names when they differ.
 */
export function applyFieldErrors<T>(
  form: FormInstance<T>,
  errors: Record<string, string>,
  rename: Record<string, string> = {},
): void {
  const fields = Object.entries(errors).map(([field, message]) => ({
    name: (rename[field] ?? field).split('.'),
    errors: [message],
  }));
  if (fields.length) form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
}
