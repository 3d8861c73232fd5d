import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';
import { fieldMessage } from '../api/problem-message';

/**
 * Submits a Mantine form: client validation first, then the action; a problem+json answer puts each
 * server field error next to its field (in the reader's language where the rule is known), and
 * anything else in `error` for a form-level alert.
 */
export function useFormSubmit<Values>(
  form: UseFormReturnType<Values>,
  action: (values: Values) => Promise<unknown>,
  /** Server field name → form field name, where the form edits a value through other inputs. */
  fieldMap: Record<string, string> = {},
) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = form.onSubmit(async (values) => {
    setError(null);
    setPending(true);
    try {
      await action(values);
    } catch (caught) {
      if (caught instanceof ApiError) {
        form.setErrors(
          Object.fromEntries(
            Object.entries(caught.fieldErrorsTold((message) => fieldMessage(message, t))).map(
              ([field, message]) => [fieldMap[field] ?? field, message],
            ),
          ),
        );
      }
      setError(caught);
    } finally {
      setPending(false);
    }
  });

  return { onSubmit, error, pending };
}
