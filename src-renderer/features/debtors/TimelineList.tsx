import type { DebtorEvent } from '../../../src-shared/domain/debtor-event';

// Instants are stored in UTC and shown in the user's local time.
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** The debtor's timeline, most recent first: what happened, when and by whom. */
export function TimelineList({ events }: { events: DebtorEvent[] }) {
  const newestFirst = [...events].reverse();
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Historique</h2>
      <ol className="timeline">
        {newestFirst.map((event) => (
          <li key={event.id} className={`timeline__item timeline__item--${event.kind}`}>
            <time dateTime={event.occurredAt}>{DATE_TIME.format(new Date(event.occurredAt))}</time>
            <span className="timeline__summary">{event.summary}</span>
            <span className="muted">par {event.actor}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
