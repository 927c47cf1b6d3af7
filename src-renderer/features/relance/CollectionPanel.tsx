import { useEffect, useState } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { DISPUTE_OUTCOME_LABELS, DISPUTE_REASON_LABELS } from '../../../src-shared/domain/dispute';
import {
  INSTALLMENT_STATUS_LABELS,
  PLAN_STATUS_LABELS,
} from '../../../src-shared/domain/payment-plan';
import { PROMISE_STATUS_LABELS } from '../../../src-shared/domain/promise-to-pay';
import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { CloseDisputeForm } from './CloseDisputeForm';
import { DisputeForm } from './DisputeForm';
import { OpenFolderButton } from './OpenFolderButton';
import { PaymentPlanForm } from './PaymentPlanForm';
import { PromiseForm } from './PromiseForm';
import { failureMessage } from './relance-labels';

type OpenForm = 'promise' | 'plan' | 'dispute' | null;

/** Promises to pay, payment plans and disputes of a debtor, with their forms. */
export function CollectionPanel(props: { file: DebtorFile; today: string; onChanged: () => void }) {
  const debtorId = props.file.debtor.id;
  const collection = useCall('collection:debtor', { debtorId });
  const users = useCall('users:list', {});
  const [form, setForm] = useState<OpenForm>(null);
  const [error, setError] = useState<string | null>(null);
  const [agreement, setAgreement] = useState<string | null>(null);
  const { reload } = collection;
  useEffect(() => reload(), [props.file, reload]);
  if (collection.error) return <ErrorBanner message={collection.error} />;
  if (!collection.data) return null;
  const { promises, plans, disputes } = collection.data;
  const numbers = (ids: number[]) =>
    ids.length === 0
      ? 'tout le solde'
      : ids
          .map((id) => props.file.invoices.find((invoice) => invoice.id === id)?.number)
          .join(', ');

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      props.onChanged();
    } catch (failure) {
      setError(failureMessage(failure));
    }
  };
  const saved = () => {
    setForm(null);
    props.onChanged();
  };

  return (
    <div className="collection">
      <ErrorBanner message={error} />
      <section className="card" aria-labelledby="promises-title">
        <header className="card__header">
          <h2 id="promises-title">Promesses de paiement</h2>
          <button type="button" className="button" onClick={() => setForm('promise')}>
            Nouvelle promesse
          </button>
        </header>
        {promises.length === 0 ? <p className="muted">Aucune promesse.</p> : null}
        <ul className="collection__list">
          {[...promises].reverse().map((promise) => (
            <li key={promise.id} data-testid={`promise-${promise.id}`}>
              <Money cents={promise.amountCents} /> pour le {formatFrenchDate(promise.dueOn)} (
              {numbers(promise.invoiceIds)}) —{' '}
              <span className={`status status--${promise.progress.status}`}>
                {PROMISE_STATUS_LABELS[promise.progress.status]}
              </span>
              {promise.progress.paidCents > 0 ? (
                <span className="muted">
                  {' '}
                  · reçu <Money cents={promise.progress.paidCents} />
                </span>
              ) : null}
              {promise.note ? <span className="muted"> · {promise.note}</span> : null}
              {promise.progress.status === 'en_cours' ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void act(() => call('promises:cancel', { id: promise.id }))}
                >
                  Annuler
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="plans-title">
        <header className="card__header">
          <h2 id="plans-title">Échéanciers</h2>
          <button type="button" className="button" onClick={() => setForm('plan')}>
            Nouvel échéancier
          </button>
        </header>
        {plans.length === 0 ? <p className="muted">Aucun échéancier.</p> : null}
        {agreement ? <OpenFolderButton path={agreement} /> : null}
        {[...plans].reverse().map((plan) => (
          <div key={plan.id} className="collection__plan">
            <p>
              Accord du {formatFrenchDate(plan.agreedOn)} sur {numbers(plan.invoiceIds)} —{' '}
              <span className={`status status--${plan.progress.status}`}>
                {PLAN_STATUS_LABELS[plan.progress.status]}
              </span>
              {plan.signedOn ? ` · signé le ${formatFrenchDate(plan.signedOn)}` : ''}
            </p>
            <table className="table">
              <tbody>
                {plan.progress.installments.map((installment) => (
                  <tr key={installment.id}>
                    <td>{formatFrenchDate(installment.dueOn)}</td>
                    <td className="numeric">
                      <Money cents={installment.amountCents} />
                    </td>
                    <td>
                      <span className={`status status--${installment.status}`}>
                        {INSTALLMENT_STATUS_LABELS[installment.status]}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {plan.cancelledOn === null ? (
              <div className="page__actions page__actions--left">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void act(async () =>
                      setAgreement((await call('plans:agreement', { id: plan.id })).path),
                    )
                  }
                >
                  Accord à signer (.docx)
                </button>
                {plan.signedOn === null ? (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void act(() => call('plans:sign', { id: plan.id, signedOn: props.today }))
                    }
                  >
                    Signé aujourd’hui
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button"
                  onClick={() => void act(() => call('plans:cancel', { id: plan.id }))}
                >
                  Annuler l’échéancier
                </button>
              </div>
            ) : null}
          </div>
        ))}
      </section>

      <section className="card" aria-labelledby="disputes-title">
        <header className="card__header">
          <h2 id="disputes-title">Litiges</h2>
          <button type="button" className="button" onClick={() => setForm('dispute')}>
            Ouvrir un litige
          </button>
        </header>
        {disputes.length === 0 ? <p className="muted">Aucun litige.</p> : null}
        <ul className="collection__list">
          {[...disputes].reverse().map((dispute) => (
            <li key={dispute.id}>
              {DISPUTE_REASON_LABELS[dispute.reason]} sur {numbers(dispute.invoiceIds)}, ouvert le{' '}
              {formatFrenchDate(dispute.openedOn)}
              {dispute.description ? <span className="muted"> · {dispute.description}</span> : null}
              {dispute.closedOn && dispute.outcome ? (
                <span className="status status--solde">
                  {' '}
                  clos le {formatFrenchDate(dispute.closedOn)} :{' '}
                  {DISPUTE_OUTCOME_LABELS[dispute.outcome]}
                </span>
              ) : (
                <CloseDisputeForm
                  dispute={dispute}
                  today={props.today}
                  onClosed={props.onChanged}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      {form === 'promise' ? (
        <PromiseForm
          file={props.file}
          today={props.today}
          onClose={() => setForm(null)}
          onSaved={saved}
        />
      ) : null}
      {form === 'plan' ? (
        <PaymentPlanForm
          file={props.file}
          today={props.today}
          onClose={() => setForm(null)}
          onSaved={saved}
        />
      ) : null}
      {form === 'dispute' ? (
        <DisputeForm
          file={props.file}
          today={props.today}
          users={users.data ?? []}
          onClose={() => setForm(null)}
          onSaved={saved}
        />
      ) : null}
    </div>
  );
}
