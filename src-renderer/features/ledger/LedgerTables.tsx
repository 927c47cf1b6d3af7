import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { PAYMENT_METHOD_LABELS } from '../../../src-shared/domain/ledger';
import { formatEuros } from '../../../src-shared/money/format-amount';
import { Money } from '../../components/Money';

/**
 * The debtor's invoices with their open amounts, its payments with their allocation, its credit
 * notes.
 */
export function LedgerTables({ file }: { file: DebtorFile }) {
  const numberOf = (invoiceId: number | null) =>
    file.invoices.find((invoice) => invoice.id === invoiceId)?.number ?? '—';
  return (
    <>
      <section className="card" aria-labelledby="invoices-title">
        <h2 id="invoices-title">Factures</h2>
        {file.invoices.length === 0 ? <p className="muted">Aucune facture.</p> : null}
        {file.invoices.length > 0 ? (
          <table className="table" aria-label="Factures">
            <thead>
              <tr>
                <th>N°</th>
                <th>Date</th>
                <th>Échéance</th>
                <th className="numeric">Montant TTC</th>
                <th className="numeric">Réglé</th>
                <th className="numeric">Avoirs</th>
                <th className="numeric">Reste dû</th>
                <th className="numeric">Retard</th>
              </tr>
            </thead>
            <tbody>
              {file.invoices.map((invoice) => (
                <tr
                  key={invoice.id}
                  className={invoice.daysOverdue > 0 ? 'row--overdue' : undefined}
                >
                  <td>{invoice.number}</td>
                  <td>{formatFrenchDate(invoice.issueDate)}</td>
                  <td>{formatFrenchDate(invoice.dueDate)}</td>
                  <td className="numeric">
                    <Money cents={invoice.amountInclTaxCents} />
                  </td>
                  <td className="numeric">
                    <Money cents={invoice.paidCents} muted />
                  </td>
                  <td className="numeric">
                    <Money cents={invoice.creditedCents} muted />
                  </td>
                  <td className="numeric" data-testid={`open-${invoice.number}`}>
                    <Money cents={invoice.openCents} muted />
                  </td>
                  <td className="numeric">
                    {invoice.daysOverdue > 0 ? `${invoice.daysOverdue} j` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title">Règlements</h2>
        {file.payments.length === 0 ? <p className="muted">Aucun règlement.</p> : null}
        {file.payments.length > 0 ? (
          <table className="table" aria-label="Règlements">
            <thead>
              <tr>
                <th>Date</th>
                <th>Mode</th>
                <th>Référence</th>
                <th className="numeric">Montant</th>
                <th>Affectation</th>
              </tr>
            </thead>
            <tbody>
              {file.payments.map((payment) => (
                <tr key={payment.id}>
                  <td>{formatFrenchDate(payment.date)}</td>
                  <td>{PAYMENT_METHOD_LABELS[payment.method]}</td>
                  <td>{payment.reference ?? '—'}</td>
                  <td className="numeric">
                    <Money cents={payment.amountCents} />
                  </td>
                  <td>
                    {payment.allocations.length === 0
                      ? 'Sur compte (non affecté)'
                      : payment.allocations
                          .map(
                            (allocation) =>
                              `${numberOf(allocation.invoiceId)} : ` +
                              `${formatEuros(allocation.amountCents)}`,
                          )
                          .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {file.creditNotes.length > 0 ? (
        <section className="card" aria-labelledby="credit-notes-title">
          <h2 id="credit-notes-title">Avoirs</h2>
          <table className="table" aria-label="Avoirs">
            <thead>
              <tr>
                <th>N°</th>
                <th>Date</th>
                <th className="numeric">Montant</th>
                <th>Facture</th>
                <th>Motif</th>
              </tr>
            </thead>
            <tbody>
              {file.creditNotes.map((note) => (
                <tr key={note.id}>
                  <td>{note.number}</td>
                  <td>{formatFrenchDate(note.date)}</td>
                  <td className="numeric">
                    <Money cents={note.amountCents} />
                  </td>
                  <td>{note.invoiceId === null ? 'Sur compte' : numberOf(note.invoiceId)}</td>
                  <td>{note.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
