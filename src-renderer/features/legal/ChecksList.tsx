import type { InjonctionChecks } from '../../../src-shared/legal/injonction-checks';

/** What blocks the export, then what the user should know before filing. */
export function ChecksList({ checks }: { checks: InjonctionChecks }) {
  if (checks.blocking.length === 0 && checks.warnings.length === 0) {
    return (
      <p className="banner banner--success" role="status">
        Vérifications faites : aucune anomalie. Vous pouvez exporter la requête.
      </p>
    );
  }
  return (
    <div className="checks" aria-label="Vérifications">
      {checks.blocking.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <strong>À corriger avant l’export :</strong>
          <ul>
            {checks.blocking.map((finding, index) => (
              <li key={index}>{finding.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {checks.warnings.length > 0 ? (
        <div className="banner banner--warning" role="status">
          <strong>À savoir :</strong>
          <ul>
            {checks.warnings.map((finding, index) => (
              <li key={index}>{finding.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
