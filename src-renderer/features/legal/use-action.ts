import { useState } from 'react';
import { ApiError } from '../../api/client';

/** A button's call: busy while it runs, the French error if it fails, the result if it works. */
export function useAction<T>() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<T | null>(null);
  return {
    busy,
    error,
    result,
    clear: () => {
      setError(null);
      setResult(null);
    },
    run: async (work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        const value = await work();
        setResult(value);
        return value;
      } catch (failure) {
        setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
        return null;
      } finally {
        setBusy(false);
      }
    },
  };
}
