import type { FormInstance } from 'antd';

/**
 * The form's values, or null when a rule fails (antd then shows the messages under the fields).
 * Modal `onOk` does not await its handler, so a rejected validation would surface as an
 * unhandled rejection instead of being the normal "fix the form" outcome.
 */
export async function validated<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
