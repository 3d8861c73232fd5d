import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';
import { fieldMessage } from './field-message';
import { useAuth } from '../auth/AuthProvider';
import { forgetDraft, readDraft, saveDraft } from './drafts';

/**
 * Submits a Mantine form: client validation first, then the action; a problem+json answer puts each
 * server field error next to its field (in the reader's language where the rule is known), and
 * anything else in `error` for a form-level alert. With a `draftKey`, what was typed survives an
 * expired session: kept when the server answers 401, put back (with `restored`) when the form is
 * shown again to the same person.
 */
export function useFormSubmit<Values>(
  form: UseFormReturnType<Values>,
  action: (values: Values) => Promise<unknown>,
  /** Server field name → form field name, where the form edits a value through other inputs. */
  fieldMap: Record<string, string> = {},
  draftKey?: string,
) {
  const { t } = useTranslation();
  const userId = useAuth().user?.id;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [draft] = useState(() => (draftKey && userId ? readDraft<Values>(draftKey, userId) : null));

  useEffect(() => {
    if (!draftKey || draft === null) return;
    form.setValues(draft);
    forgetDraft(draftKey);
    // Once, when the form is first shown: the form object is new at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const onSubmit = form.onSubmit(async (values) => {
    setError(null);
    setPending(true);
    try {
      await action(values);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401 && draftKey && userId) {
        saveDraft(draftKey, userId, values);
      }
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

  return { onSubmit, error, pending, restored: draft !== null };
}
