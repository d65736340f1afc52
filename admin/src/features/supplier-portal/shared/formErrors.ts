import type { FormInstance } from 'antd';

/**
 * Like misc/formErrors' applyFieldErrors, for forms with lists: the API names list items
 * `licences.0.number`, Form.List names them ['licences', 0, 'number'] (a number, not "0").
 */
export function applyNestedFieldErrors<T>(form: FormInstance<T>, errors: Record<string, string>, rename: Record<string, string> = {}): void {
  const fields = Object.entries(errors).map(([field, message]) => ({
    name: toNamePath(rename[field] ?? field),
    errors: [message],
  }));
  if (fields.length) form.setFields(fields as Parameters<FormInstance<T>['setFields']>[0]);
}

export const toNamePath = (field: string): (string | number)[] =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
