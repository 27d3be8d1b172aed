import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../api/forms.ts';
import { validatedValues } from '../forms/validatedValues.ts';

/**
 * The submit flow of a modal form: validate, call the server, toast success, and on failure put
 * the server's field errors back on the form (the client already showed the problem notification).
 */
export function useFormSubmit<V, R>(
  form: FormInstance<V>,
  action: (values: V) => Promise<R>,
  onDone: (result: R) => void,
  successText: string,
) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const values = await validatedValues(form);
    if (values === null) return;
    setSaving(true);
    try {
      const result = await action(values);
      message.success(successText);
      onDone(result);
    } catch (error) {
      applyProblemToForm(form, error);
    } finally {
      setSaving(false);
    }
  };

  return { saving, submit };
}
