import { useCallback, useEffect, useRef, useState } from 'react';
import type { DebtorListRow } from '../../../src-shared/domain/debtor';
import type { DebtorListQueryInput } from '../../../src-shared/ipc/schemas/debtor-schemas';
import { ApiError, call } from '../../api/client';

const PAGE_SIZE = 200;

export interface DebtorPages {
  total: number;
  totalOpenCents: number;
  totalOverdueCents: number;
  rowAt: (index: number) => DebtorListRow | undefined;
  /** Asks for the pages covering these row indexes (the virtualiser's visible window). */
  ensureRows: (first: number, last: number) => void;
  error: string | null;
  loaded: boolean;
}

/**
 * The debtor list as pages of 200 rows fetched on demand, so that 10,000
 * debtors scroll smoothly: only the pages the user scrolls to are asked for.
 * A new filter or sort starts from an empty cache.
 */
export function useDebtorPages(query: Omit<DebtorListQueryInput, 'offset' | 'limit'>): DebtorPages {
  const key = JSON.stringify(query);
  const pages = useRef(new Map<number, DebtorListRow[]>());
  const requested = useRef(new Set<number>());
  const [summary, setSummary] = useState({ total: 0, totalOpenCents: 0, totalOverdueCents: 0 });
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [, setVersion] = useState(0);
  // An error belongs to the query that failed; another query hides it.
  const [errorKey, setErrorKey] = useState(key);
  const generation = useRef(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const mine = generation.current;
      call('debtors:list', { ...JSON.parse(key), offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) => {
          if (mine !== generation.current) return;
          pages.current.set(page, result.rows);
          setSummary({
            total: result.total,
            totalOpenCents: result.totalOpenCents,
            totalOverdueCents: result.totalOverdueCents,
          });
          setLoaded(true);
          setVersion((value) => value + 1);
        },
        (failure: unknown) => {
          requested.current.delete(page);
          setErrorKey(key);
          setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
        },
      );
    },
    [key],
  );

  // A new filter or sort forgets every page.
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    requested.current = new Set();
    fetchPage(0);
  }, [fetchPage]);

  const ensureRows = useCallback(
    (first: number, last: number) => {
      for (
        let page = Math.floor(first / PAGE_SIZE);
        page <= Math.floor(last / PAGE_SIZE);
        page += 1
      ) {
        fetchPage(page);
      }
    },
    [fetchPage],
  );

  const rowAt = (index: number) =>
    pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { ...summary, rowAt, ensureRows, error: errorKey === key ? error : null, loaded };
}
