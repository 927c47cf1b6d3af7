import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { DebtorSortKey } from '../../../src-shared/ipc/schemas/debtor-schemas';
import { departementName } from '../../../src-shared/validators/postal-code';
import { useCall } from '../../api/use-call';
import { navigate, routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { useDebtorPages } from './use-debtor-pages';

const COLUMNS: { key: DebtorSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Débiteur' },
  { key: 'city', label: 'Ville' },
  { key: 'departement', label: 'Dépt' },
  { key: 'sector', label: 'Secteur' },
  { key: 'openCents', label: 'Encours', numeric: true },
  { key: 'overdueCents', label: 'Échu', numeric: true },
  { key: 'maxDaysOverdue', label: 'Retard max', numeric: true },
];

const ROW_HEIGHT = 44;

/** Débiteurs: search, filters, sortable columns and a virtualised list with totals. */
export function DebtorListPage() {
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [departement, setDepartement] = useState<string | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sortBy, setSortBy] = useState<DebtorSortKey>('name');
  const [sortDirection, setSortDirection] = useState<'asc' | 'desc'>('asc');
  const facets = useCall('debtors:facets', {});
  const pages = useDebtorPages({
    search: deferredSearch,
    departement,
    sector,
    overdueOnly,
    includeArchived,
    sortBy,
    sortDirection,
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's functions
  // cannot be memoised; this list is not auto-memoised and does not need to be.
  const virtualizer = useVirtualizer({
    count: pages.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const { ensureRows } = pages;
  useEffect(() => ensureRows(firstIndex, lastIndex), [ensureRows, firstIndex, lastIndex]);

  const sort = (key: DebtorSortKey) => {
    if (key === sortBy) setSortDirection(sortDirection === 'asc' ? 'desc' : 'asc');
    else {
      setSortBy(key);
      setSortDirection(
        key === 'name' || key === 'city' || key === 'departement' || key === 'sector'
          ? 'asc'
          : 'desc',
      );
    }
  };

  return (
    <section className="page page--full">
      <header className="page__header">
        <h1>Débiteurs</h1>
        <a className="button button--primary" href={routeHash({ screen: 'debtorNew' })}>
          Nouveau débiteur
        </a>
      </header>
      <div className="toolbar" role="search">
        <input
          type="search"
          aria-label="Rechercher un débiteur"
          placeholder="Rechercher : nom, SIREN, ville…"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select
          aria-label="Département"
          value={departement ?? ''}
          onChange={(event) => setDepartement(event.target.value || null)}
        >
          <option value="">Tous les départements</option>
          {facets.data?.departements.map((code) => (
            <option key={code} value={code}>
              {code} {departementName(code) ?? ''}
            </option>
          ))}
        </select>
        <select
          aria-label="Secteur"
          value={sector ?? ''}
          onChange={(event) => setSector(event.target.value || null)}
        >
          <option value="">Tous les secteurs</option>
          {facets.data?.sectors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
          En retard uniquement
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />
          Afficher les archivés
        </label>
      </div>
      <ErrorBanner message={pages.error} />
      <p className="totals" aria-live="polite">
        <span data-testid="debtor-count">
          {pages.total.toLocaleString('fr-FR')} débiteur{pages.total > 1 ? 's' : ''}
        </span>
        <span>
          Encours <Money cents={pages.totalOpenCents} />
        </span>
        <span>
          Échu <Money cents={pages.totalOverdueCents} />
        </span>
      </p>
      <div
        className="grid"
        role="table"
        aria-label="Liste des débiteurs"
        aria-rowcount={pages.total + 1}
      >
        <div className="grid__row grid__row--header" role="row">
          {COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              className={column.numeric ? 'grid__cell grid__cell--numeric' : 'grid__cell'}
              aria-sort={
                sortBy === column.key
                  ? sortDirection === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : 'none'
              }
            >
              <button type="button" className="sort" onClick={() => sort(column.key)}>
                {column.label}
                {sortBy === column.key ? (sortDirection === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            </div>
          ))}
        </div>
        <div ref={scrollRef} className="grid__body">
          {pages.loaded && pages.total === 0 ? (
            <p className="empty">
              Aucun débiteur ne correspond. Créez-en un avec « Nouveau débiteur » ou modifiez les
              filtres.
            </p>
          ) : null}
          <div className="grid__spacer" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = pages.rowAt(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={row?.archived ? 'grid__row grid__row--archived' : 'grid__row'}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => row && navigate({ screen: 'debtor', id: row.id })}
                >
                  {row ? (
                    <>
                      <div role="cell" className="grid__cell">
                        <a href={routeHash({ screen: 'debtor', id: row.id })}>{row.displayName}</a>
                        {row.siren ? <span className="muted grid__sub">{row.siren}</span> : null}
                      </div>
                      <div role="cell" className="grid__cell">
                        {row.city}
                      </div>
                      <div role="cell" className="grid__cell">
                        {row.departement}
                      </div>
                      <div role="cell" className="grid__cell">
                        {row.sector}
                      </div>
                      <div role="cell" className="grid__cell grid__cell--numeric">
                        <Money cents={row.openCents} muted />
                      </div>
                      <div role="cell" className="grid__cell grid__cell--numeric">
                        <Money cents={row.overdueCents} muted />
                      </div>
                      <div role="cell" className="grid__cell grid__cell--numeric">
                        {row.maxDaysOverdue > 0 ? `${row.maxDaysOverdue} j` : '—'}
                      </div>
                    </>
                  ) : (
                    <div role="cell" className="grid__cell muted">
                      Chargement…
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
