import type { FormInstance } from 'antd';

/** How often a validation overtaken by a newer one is started again before the submit gives up. */
const ATTEMPTS = 3;

/** antd's rejection of a validation that a newer one overtook: no field is in error. */
function overtaken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { outOfDate, errorFields } = error as { outOfDate?: unknown; errorFields?: unknown[] };
  return outOfDate === true && (errorFields?.length ?? 0) === 0;
}

/**
 * The form's values when every field is valid, or null when a field shows its error. antd rejects a
 * validation when a newer one starts before it ends, even if all fields pass: a field that commits
 * its value as the submit button takes the focus (a date picker's typed text) starts its own. That
 * rejection names no field, so a submit that just returned on it did nothing and showed nothing;
 * this validates again instead.
 */
export async function validatedValues<V>(form: Pick<FormInstance<V>, 'validateFields'>): Promise<V | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await form.validateFields();
    } catch (error) {
      if (!overtaken(error) || attempt === ATTEMPTS) return null;
    }
  }
}

/**
 * `onFinishFailed` for a form submitted through `onFinish`: antd calls it with the same overtaken
 * rejection, and the form submits again instead of ignoring the click.
 */
export function submitAgainIfOvertaken(form: Pick<FormInstance, 'submit'>): (failure: unknown) => void {
  return (failure) => {
    if (overtaken(failure)) form.submit();
  };
}
