import { useState } from 'react';
import {
  LEGAL_DOCUMENT_LABELS,
  type PreparedDocument,
} from '../../../src-shared/domain/legal-case';
import { call } from '../../api/client';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Money } from '../../components/Money';
import { ContactPickDialog } from './ContactPickDialog';
import { useAction } from './use-action';

interface DocumentActionsProps {
  debtorId: number;
  canClaim: boolean;
  onPrepared: () => void;
}

/** The documents of the procedure: mise en demeure, requête, note for a référé, hand-over. */
export function DocumentActions({ debtorId, canClaim, onPrepared }: DocumentActionsProps) {
  const action = useAction<PreparedDocument>();
  const [dialog, setDialog] = useState<'refere' | 'remise' | null>(null);
  const prepare = async (work: () => Promise<PreparedDocument>) => {
    const prepared = await action.run(work);
    if (prepared) {
      setDialog(null);
      onPrepared();
    }
  };

  return (
    <div className="document-actions">
      <div className="page__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!canClaim || action.busy}
          onClick={() => void prepare(() => call('legal:miseEnDemeure', { debtorId }))}
        >
          Préparer la mise en demeure
        </button>
        <a
          className="button"
          href={routeHash({ screen: 'injonction', id: debtorId })}
          aria-disabled={!canClaim}
        >
          Requête en injonction de payer…
        </a>
        <button
          type="button"
          className="button"
          disabled={!canClaim}
          onClick={() => setDialog('refere')}
        >
          Note pour un référé-provision…
        </button>
        <button
          type="button"
          className="button"
          disabled={!canClaim}
          onClick={() => setDialog('remise')}
        >
          Remettre à un commissaire de justice…
        </button>
      </div>
      {dialog === null ? <ErrorBanner message={action.error} /> : null}
      {action.result ? (
        <p className="banner banner--success" role="status">
          Document prêt : {LEGAL_DOCUMENT_LABELS[action.result.kind]} (
          <Money cents={action.result.totalCents} />
          ), enregistré dans <code>{action.result.filePath}</code>
          {action.result.kind === 'mise_en_demeure'
            ? '. Une fois la lettre postée, enregistrez l’étape « Mise en demeure envoyée ».'
            : null}
        </p>
      ) : null}
      {dialog === 'refere' ? (
        <ContactPickDialog
          title="Note pour un référé-provision"
          kind="avocat"
          required={false}
          confirmLabel="Préparer la note"
          busy={action.busy}
          error={action.error}
          onClose={() => setDialog(null)}
          onConfirm={(contactId) =>
            void prepare(() => call('legal:refereNote', { debtorId, contactId }))
          }
        />
      ) : null}
      {dialog === 'remise' ? (
        <ContactPickDialog
          title="Remettre le dossier à un commissaire de justice"
          kind="commissaire"
          required
          confirmLabel="Préparer le dossier de remise"
          busy={action.busy}
          error={action.error}
          onClose={() => setDialog(null)}
          onConfirm={(contactId) =>
            void prepare(() => call('legal:handOver', { debtorId, contactId: contactId! }))
          }
        />
      ) : null}
    </div>
  );
}
