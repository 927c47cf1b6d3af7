import { useState } from 'react';
import { DEBTOR_KIND_LABELS, debtorDisplayName } from '../../../src-shared/domain/debtor';
import type { DebtorFile } from '../../../src-shared/domain/debtor-file';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { departementName } from '../../../src-shared/validators/postal-code';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { CreditNoteForm } from '../ledger/CreditNoteForm';
import { InvoiceForm } from '../ledger/InvoiceForm';
import { LedgerTables } from '../ledger/LedgerTables';
import { PaymentForm } from '../ledger/PaymentForm';
import { DebtorRiskCard } from '../risk/DebtorRiskCard';
import { ProcedurePanel } from '../legal/ProcedurePanel';
import { ContactsCard } from './ContactsCard';
import { CollectionPanel } from '../relance/CollectionPanel';
import { DebtorRelancePanel } from '../relance/DebtorRelancePanel';
import { DebtorTimeline } from '../relance/DebtorTimeline';

type OpenForm = 'invoice' | 'payment' | 'creditNote' | null;

/** The dossier débiteur: identity, contacts, ledger with open amounts, balance and timeline. */
export function DebtorFilePage({ debtorId, today }: { debtorId: number; today: string }) {
  const file = useCall('debtors:get', { id: debtorId });
  const [form, setForm] = useState<OpenForm>(null);
  const [error, setError] = useState<string | null>(null);

  if (file.error) return <ErrorBanner message={file.error} />;
  if (!file.data) return <p className="loading">Chargement du dossier…</p>;
  const data: DebtorFile = file.data;
  const { debtor, balance } = data;

  const toggleArchive = async () => {
    setError(null);
    try {
      await call(debtor.archived ? 'debtors:restore' : 'debtors:archive', { id: debtor.id });
      file.reload();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    }
  };
  const saved = () => {
    setForm(null);
    file.reload();
  };

  return (
    <section className="page">
      <p className="breadcrumb">
        <a href={routeHash({ screen: 'debtors' })}>Débiteurs</a> ›
      </p>
      <header className="page__header">
        <div>
          <h1>{debtorDisplayName(debtor)}</h1>
          <p className="muted">
            {DEBTOR_KIND_LABELS[debtor.kind]}
            {debtor.siren ? ` · SIREN ${debtor.siren}` : ''}
            {debtor.sector ? ` · ${debtor.sector}` : ''}
            {debtor.archived ? ' · Archivé' : ''}
          </p>
        </div>
        <div className="page__actions">
          <a className="button" href={routeHash({ screen: 'debtorEdit', id: debtor.id })}>
            Modifier
          </a>
          <button type="button" className="button" onClick={() => void toggleArchive()}>
            {debtor.archived ? 'Réactiver' : 'Archiver'}
          </button>
        </div>
      </header>
      <ErrorBanner message={error} />

      <div className="cards" aria-label="Solde">
        <div className="stat">
          <span className="stat__label">Solde dû</span>
          <strong data-testid="balance">
            <Money cents={balance.balanceCents} />
          </strong>
        </div>
        <div className="stat">
          <span className="stat__label">Factures ouvertes</span>
          <strong data-testid="open-amount">
            <Money cents={balance.openCents} />
          </strong>
        </div>
        <div className="stat stat--alert">
          <span className="stat__label">Dont échu</span>
          <strong data-testid="overdue-amount">
            <Money cents={balance.overdueCents} />
          </strong>
        </div>
        <div className="stat">
          <span className="stat__label">Règlements non affectés</span>
          <strong>
            <Money cents={balance.unallocatedCents} />
          </strong>
        </div>
      </div>

      <div className="columns">
        <div className="card">
          <h2>Identité</h2>
          <dl className="details">
            <dt>Adresse</dt>
            <dd>
              {/* Debtors imported from a FEC come without an address (issue 3). */}
              {debtor.addressLine1.trim() === '' || debtor.city.trim() === '' ? (
                <span className="badge badge--warning">À compléter</span>
              ) : null}
              {debtor.addressLine1}
              {debtor.addressLine2 ? <br /> : null}
              {debtor.addressLine2}
              <br />
              {debtor.postalCode} {debtor.city}
              {debtor.departement
                ? ` (${departementName(debtor.departement) ?? debtor.departement})`
                : ''}
            </dd>
            {debtor.siret ? (
              <>
                <dt>SIRET</dt>
                <dd>{debtor.siret}</dd>
              </>
            ) : null}
            {debtor.vatNumber ? (
              <>
                <dt>N° TVA</dt>
                <dd>{debtor.vatNumber}</dd>
              </>
            ) : null}
            {debtor.nafCode ? (
              <>
                <dt>Code NAF</dt>
                <dd>{debtor.nafCode}</dd>
              </>
            ) : null}
            {debtor.phone ? (
              <>
                <dt>Téléphone</dt>
                <dd>{debtor.phone}</dd>
              </>
            ) : null}
            {debtor.email ? (
              <>
                <dt>E-mail</dt>
                <dd>{debtor.email}</dd>
              </>
            ) : null}
            {debtor.tags.length > 0 ? (
              <>
                <dt>Étiquettes</dt>
                <dd>{debtor.tags.join(', ')}</dd>
              </>
            ) : null}
            {debtor.notes ? (
              <>
                <dt>Notes</dt>
                <dd className="notes">{debtor.notes}</dd>
              </>
            ) : null}
            <dt>Créé le</dt>
            <dd>{formatFrenchDate(debtor.createdAt.slice(0, 10))}</dd>
          </dl>
        </div>
        <ContactsCard debtorId={debtor.id} contacts={data.contacts} onChanged={file.reload} />
      </div>

      <div className="page__actions page__actions--left">
        <button type="button" className="button button--primary" onClick={() => setForm('invoice')}>
          Nouvelle facture
        </button>
        <button type="button" className="button" onClick={() => setForm('payment')}>
          Enregistrer un règlement
        </button>
        <button type="button" className="button" onClick={() => setForm('creditNote')}>
          Ajouter un avoir
        </button>
      </div>
      <LedgerTables file={data} />
      <DebtorRelancePanel
        debtorId={debtor.id}
        today={today}
        version={`${data.events.length}-${balance.openCents}`}
        onChanged={file.reload}
      />
      <CollectionPanel file={data} today={today} onChanged={file.reload} />
      {debtor.archived ? null : (
        <DebtorRiskCard
          key={`risk-${data.events.length}-${balance.openCents}`}
          debtorId={debtor.id}
          onChanged={file.reload}
        />
      )}
      <ProcedurePanel
        debtorId={debtor.id}
        today={today}
        ledgerVersion={`${data.invoices.length}-${data.payments.length}-${data.creditNotes.length}`}
        onTimelineChanged={file.reload}
      />
      <DebtorTimeline debtorId={debtor.id} version={`${data.events.length}`} />

      {form === 'invoice' ? (
        <InvoiceForm debtorId={debtor.id} onClose={() => setForm(null)} onSaved={saved} />
      ) : null}
      {form === 'payment' ? (
        <PaymentForm file={data} today={today} onClose={() => setForm(null)} onSaved={saved} />
      ) : null}
      {form === 'creditNote' ? (
        <CreditNoteForm file={data} today={today} onClose={() => setForm(null)} onSaved={saved} />
      ) : null}
    </section>
  );
}
