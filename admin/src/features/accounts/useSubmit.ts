import { errorMessage, fieldErrors } from '@bangfu/api-client';
import type { UseMutationResult } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { applyFieldErrors } from '../misc/formErrors';

/** Validates a modal form, runs the mutation, reports success or the API's message and field errors. */
export function useSubmit<V, B>(
  form: FormInstance<V>,
  mutation: UseMutationResult<unknown, Error, B>,
  toBody: (values: V) => B,
  done: { success: string; close: () => void },
) {
  const { message } = App.useApp();
  return async () => {
    const values = await form.validateFields();
    mutation.mutate(toBody(values), {
      onSuccess: () => {
        message.success(done.success);
        form.resetFields();
        done.close();
      },
      onError: (err) => {
        message.error(errorMessage(err));
        applyFieldErrors(form, fieldErrors(err));
      },
    });
  };
}
