import type { ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  /** The figure's key for the XLSX export. */
  figure: string;
  onExport: (figure: string) => void;
  /** How the figure is computed, shown under the title. */
  note?: string;
  children: ReactNode;
  table?: ReactNode;
  wide?: boolean;
}

/** One figure of the dashboard: its title, how it is computed, an export, and its data. */
export function ChartCard({
  title,
  figure,
  onExport,
  note,
  children,
  table,
  wide,
}: ChartCardProps) {
  return (
    <section className={wide ? 'card figure figure--wide' : 'card figure'} aria-label={title}>
      <header className="figure__header">
        <h2>{title}</h2>
        <button
          type="button"
          className="button button--small button--ghost no-print"
          onClick={() => onExport(figure)}
        >
          Exporter (XLSX)
        </button>
      </header>
      {note ? <p className="figure__note">{note}</p> : null}
      {children}
      {table ? (
        <details className="figure__data">
          <summary>Voir les données</summary>
          {table}
        </details>
      ) : null}
    </section>
  );
}
