import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorClaim } from '../../../src-shared/legal/debtor-claim';
import { routeHash } from '../../app/route';
import { Money } from '../../components/Money';

/** The sum owed element by element, each with its basis, and what stops or limits it. */
export function ClaimSummary({ claim }: { claim: DebtorClaim }) {
  return (
    <div className="claim-summary">
      {claim.errors.length > 0 ? (
        <div className="banner banner--warning" role="alert">
          {claim.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
          <a href={routeHash({ screen: 'legalSettings' })}>Ouvrir les réglages juridiques</a>
        </div>
      ) : null}
      <table className="table" aria-label="Somme due">
        <tbody>
          {claim.elements.map((element) => (
            <tr key={element.key}>
              <th>
                {element.label}
                <span className="claim-summary__basis">{element.basis}</span>
              </th>
              <td className="numeric" data-testid={`element-${element.key}`}>
                <Money cents={element.amountCents} />
              </td>
            </tr>
          ))}
          <tr className="table__total">
            <th>Total dû au {formatFrenchDate(claim.computedOn)}</th>
            <td className="numeric" data-testid="claim-total">
              <Money cents={claim.totalCents} />
            </td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{claim.method}</p>
      {claim.notes.length > 0 ? (
        <ul className="claim-summary__notes">
          {claim.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
