import { useEffect, useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import {
  TIMELINE_CATEGORY_LABELS,
  type TimelineCategory,
} from '../../../src-shared/domain/timeline-entry';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';

const CATEGORIES = Object.keys(TIMELINE_CATEGORY_LABELS) as TimelineCategory[];

/**
 * The debtor's whole story, newest first: relances with what was sent, calls,
 * promises, plans, disputes, legal steps, and the ledger, filtered by family.
 */
export function DebtorTimeline({ debtorId, version }: { debtorId: number; version: string }) {
  const timeline = useCall('timeline:get', { debtorId });
  const [hidden, setHidden] = useState<Set<TimelineCategory>>(new Set());
  const { reload } = timeline;
  useEffect(() => reload(), [version, reload]);
  if (timeline.error) return <ErrorBanner message={timeline.error} />;
  const entries = [...(timeline.data ?? [])].reverse();
  const present = CATEGORIES.filter((category) =>
    entries.some((entry) => entry.category === category),
  );
  const toggle = (category: TimelineCategory) => {
    const next = new Set(hidden);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    setHidden(next);
  };
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Historique</h2>
      <div className="timeline__filters" role="group" aria-label="Filtrer l’historique">
        {present.map((category) => (
          <label key={category} className="chip">
            <input
              type="checkbox"
              checked={!hidden.has(category)}
              onChange={() => toggle(category)}
            />
            {TIMELINE_CATEGORY_LABELS[category]}
          </label>
        ))}
      </div>
      <ol className="timeline">
        {entries
          .filter((entry) => !hidden.has(entry.category))
          .map((entry) => (
            <li key={entry.key} className={`timeline__item timeline__item--${entry.category}`}>
              <time dateTime={entry.at ?? entry.on}>{formatFrenchDate(entry.on)}</time>
              <span className="timeline__summary">
                {entry.summary}
                {entry.content?.body ? (
                  <details className="timeline__content">
                    <summary>
                      Contenu envoyé{entry.content.recipient ? ` à ${entry.content.recipient}` : ''}
                    </summary>
                    {entry.content.subject ? (
                      <p>
                        <strong>{entry.content.subject}</strong>
                      </p>
                    ) : null}
                    <pre>{entry.content.body}</pre>
                    {entry.outputPath ? <p className="muted">{entry.outputPath}</p> : null}
                  </details>
                ) : null}
              </span>
              <span className="muted">
                {entry.actor ? `par ${entry.actor}` : TIMELINE_CATEGORY_LABELS[entry.category]}
              </span>
            </li>
          ))}
      </ol>
    </section>
  );
}
