import {
  describeChange,
  isNothingNew,
  moreDebtorsSentence,
  nothingNewSentence,
  type ImportChanges,
} from '../../../src-shared/domain/import-changes';
import { countOf } from '../../../src-shared/text/french-plural';
import { routeHash } from '../../app/route';
import { Money } from '../../components/Money';

const SHOWN_DEBTORS = 200;

/** What an import changed, or in a preview what it would change. */
export function ImportSummary({ changes, preview }: { changes: ImportChanges; preview: boolean }) {
  if (isNothingNew(changes)) {
    return (
      <div className="banner banner--info" role="status" data-testid="import-nothing-new">
        {nothingNewSentence(changes, preview)}
      </div>
    );
  }
  const counts: [string, number][] = [
    [`Débiteurs créés`, changes.debtorsCreated],
    [`Factures ajoutées`, changes.invoicesAdded],
    [`Factures mises à jour`, changes.invoicesUpdated],
    [`Règlements ajoutés`, changes.paymentsAdded],
    [`Avoirs ajoutés`, changes.creditNotesAdded],
    [`Factures soldées`, changes.invoicesSettled],
    [`Lignes déjà importées`, changes.alreadyPresent],
    [`À-nouveaux rapprochés`, changes.openingsMatched],
    [`Lignes ignorées`, changes.linesIgnored],
  ];
  return (
    <div className="import-summary" data-testid="import-summary">
      <p>{touchedSentence(changes.debtorsTouched, preview)}</p>
      <dl className="import-counts">
        {counts.map(([label, count]) => (
          <div key={label} className={count === 0 ? 'import-counts__zero' : undefined}>
            <dt>{label}</dt>
            <dd>{count.toLocaleString('fr-FR')}</dd>
          </div>
        ))}
      </dl>
      {changes.warnings.map((warning) => (
        <div key={warning} className="banner banner--warning" role="status">
          {warning}
        </div>
      ))}
      <div className="table-scroll import-table">
        <table className="table" aria-label="Débiteurs concernés">
          <thead>
            <tr>
              <th>Débiteur</th>
              <th>Compte</th>
              <th>Changements</th>
              <th className="numeric">Solde avant</th>
              <th className="numeric">Solde après</th>
            </tr>
          </thead>
          <tbody>
            {changes.debtors.slice(0, SHOWN_DEBTORS).map((row) => (
              <tr key={`${row.key}-${row.debtorId ?? 'nouveau'}`}>
                <td>
                  {row.debtorId !== null && !preview ? (
                    <a href={routeHash({ screen: 'debtor', id: row.debtorId })}>{row.name}</a>
                  ) : (
                    row.name
                  )}
                </td>
                <td>{row.key.startsWith('nom:') ? '—' : row.key}</td>
                <td>{describeChange(row)}</td>
                <td className="numeric">
                  <Money cents={row.balanceBeforeCents} muted />
                </td>
                <td className="numeric">
                  <Money cents={row.balanceAfterCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {changes.debtors.length > SHOWN_DEBTORS ? (
        <p className="muted">
          {moreDebtorsSentence(changes.debtors.length - SHOWN_DEBTORS, preview)}
        </p>
      ) : null}
      {changes.ignoredLines.length > 0 ? <IgnoredLines changes={changes} /> : null}
    </div>
  );
}

function touchedSentence(count: number, preview: boolean): string {
  const many = count > 1;
  const verb = preview ? (many ? 'seront' : 'sera') : many ? 'ont été' : 'a été';
  return `${count} débiteur${many ? 's' : ''} ${verb} concerné${many ? 's' : ''} :`;
}

function IgnoredLines({ changes }: { changes: ImportChanges }) {
  const more = changes.linesIgnored - changes.ignoredLines.length;
  return (
    <details className="import-issues" open={changes.ignoredLines.length <= 20}>
      <summary>Lignes laissées de côté ({changes.linesIgnored})</summary>
      <ul>
        {changes.ignoredLines.map((line) => (
          <li key={`${line.line}-${line.reason}`}>{line.reason}</li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="muted">Et {countOf(more, 'autre ligne', 'autres lignes')}.</p>
      ) : null}
    </details>
  );
}
