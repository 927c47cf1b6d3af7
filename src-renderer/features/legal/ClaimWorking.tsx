import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { isPaidLate, type DebtorClaim } from '../../../src-shared/legal/debtor-claim';
import { formatRate } from '../../../src-shared/legal/format-rate';
import { Money } from '../../components/Money';

/** Every invoice of the claim with its lines of working: dates, days, base, rate, result. */
export function ClaimWorking({ claim }: { claim: DebtorClaim }) {
  if (claim.invoices.length === 0) {
    return <p className="muted">Aucune facture échue à réclamer.</p>;
  }
  return (
    <table className="table claim-working" aria-label="Décompte détaillé">
      <thead>
        <tr>
          <th>Facture</th>
          <th>Du</th>
          <th>Au</th>
          <th className="numeric">Jours</th>
          <th className="numeric">Base</th>
          <th className="numeric">Taux</th>
          <th className="numeric">Montant</th>
          <th>Fondement du taux</th>
        </tr>
      </thead>
      {claim.invoices.map((invoice) => {
        const claimed = claim.claimedInvoiceIds.includes(invoice.invoiceId);
        const status = invoice.disputed
          ? 'en litige, non réclamée'
          : invoice.timeBarred
            ? 'prescrite, non réclamée'
            : isPaidLate(invoice) && invoice.settledOn
              ? `payée en retard le ${formatFrenchDate(invoice.settledOn)}`
              : null;
        return (
          <tbody
            key={invoice.invoiceId}
            className={claimed ? undefined : 'claim-working--excluded'}
          >
            <tr className="claim-working__invoice" data-testid={`claim-${invoice.number}`}>
              <th colSpan={4}>
                {invoice.number} · échue le {formatFrenchDate(invoice.dueDate)} · reste dû{' '}
                <Money cents={invoice.principalCents} />
                {status ? <span className="badge badge--warning">{status}</span> : null}
              </th>
              <th className="numeric" colSpan={3}>
                <Money cents={invoice.accruedCents} />
                {invoice.indemnity.amountCents > 0 ? (
                  <>
                    {' + '}
                    <Money cents={invoice.indemnity.amountCents} /> d’indemnité
                  </>
                ) : null}
              </th>
              <th>
                {invoice.error ? <span className="field__error">{invoice.error}</span> : null}
              </th>
            </tr>
            {invoice.lines.map((line) => (
              <tr key={`${line.from}-${line.baseCents}`}>
                <td />
                <td>{formatFrenchDate(line.from)}</td>
                <td>{formatFrenchDate(line.to)}</td>
                <td className="numeric">{line.days}</td>
                <td className="numeric">
                  <Money cents={line.baseCents} />
                </td>
                <td className="numeric">{formatRate(line.rateBp)}</td>
                <td className="numeric">
                  <Money cents={line.amountCents} />
                </td>
                <td className="muted">{line.basis}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
