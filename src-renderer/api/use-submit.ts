import { useState } from 'react';
import type { FieldErrors } from '../../src-shared/domain/field-errors';
import type { Result } from '../../src-shared/ipc/errors';

export interface Submission {
  fieldErrors: FieldErrors;
  message: string | null;
  busy: boolean;
  /** Shows local validation errors without calling main. */
  reject: (errors: FieldErrors) => void;
  /** Runs a call; on failure keeps the form as typed and shows the French messages. */
  submit: <T>(work: () => Promise<Result<T>>, onSuccess: (value: T) => void) => Promise<void>;
}

/** Submission state of a form: busy flag, banner message and per-field errors. */
export function useSubmit(): Submission {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return {
    fieldErrors,
    message,
    busy,
    reject(errors) {
      setFieldErrors(errors);
      setMessage('Corrigez les champs signalés : rien n’a été enregistré.');
    },
    async submit(work, onSuccess) {
      setBusy(true);
      try {
        const result = await work();
        if (result.ok) {
          setFieldErrors({});
          setMessage(null);
          onSuccess(result.value);
        } else {
          setFieldErrors(result.error.fieldErrors ?? {});
          setMessage(result.error.message);
        }
      } finally {
        setBusy(false);
      }
    },
  };
}
