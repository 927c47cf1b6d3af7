import { useEffect } from 'react';
import type { BatchResult, OwnerFilter } from '../../../src-shared/relance/relance-view';
import { call } from '../../api/client';
import { JobProgress } from '../import-export/JobProgress';
import { useJob } from '../import-export/use-job';
import { OpenFolderButton } from './OpenFolderButton';

interface RelanceBatchPanelProps {
  owner: OwnerFilter;
  count: number;
  /** A file opened read-only could not record the relances: the batch is not offered. */
  readOnly: boolean;
  canSend: boolean;
  send: boolean;
  onSendChange: (send: boolean) => void;
  onFinished: () => void;
}

/** Runs today's letters and e-mails at once, with a progress bar, then says what was written. */
export function RelanceBatchPanel(props: RelanceBatchPanelProps) {
  const job = useJob();
  const result =
    job.status?.state === 'done' || job.status?.state === 'cancelled'
      ? (job.status.result as BatchResult | null)
      : null;
  const state = job.status?.state;
  const { onFinished } = props;
  // The agenda is reloaded once the job has ended, not when its first status arrives: only
  // then are all the relances of the batch recorded.
  useEffect(() => {
    if (state === 'done' || state === 'cancelled' || state === 'failed') onFinished();
  }, [state, onFinished]);
  const start = async () => {
    await job.follow(call('relance:runBatch', { owner: props.owner, send: props.send }));
  };
  if (job.status?.state === 'running') {
    return <JobProgress status={job.status} onCancel={job.cancel} />;
  }
  return (
    <div className="relance-batch">
      <button
        type="button"
        className="button button--primary"
        disabled={props.count === 0 || props.readOnly}
        title={
          props.readOnly
            ? 'Dossier ouvert en lecture seule : le lot ne peut pas être enregistré.'
            : undefined
        }
        onClick={() => void start()}
      >
        Préparer les courriers et e-mails du jour ({props.count})
      </button>
      {props.canSend ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={props.send}
            onChange={(event) => props.onSendChange(event.target.checked)}
          />
          Envoyer les e-mails (SMTP)
        </label>
      ) : null}
      {job.error ? <p className="field__error">{job.error}</p> : null}
      {result ? (
        <div className="banner banner--success" role="status" data-testid="batch-result">
          <p>
            Lot terminé : {result.letters} courrier(s), {result.emailsDrafted} brouillon(s)
            d’e-mail, {result.emailsSent} e-mail(s) envoyé(s)
            {result.stopped ? ' (arrêté avant la fin)' : ''}.
          </p>
          <OpenFolderButton path={result.folder} />
          {result.failures.length > 0 ? (
            <ul className="relance-batch__failures">
              {result.failures.map((failure) => (
                <li key={failure.debtorId}>
                  {failure.debtorName} : {failure.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
