import { useState } from 'react';
import { isLetterChannel } from '../../../src-shared/relance/relance-channel';
import { DELIVERY_LABELS, type AgendaItem } from '../../../src-shared/relance/relance-view';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { CallPanel } from './CallPanel';
import { PostponeForm, SkipForm } from './SkipPostponeForms';

/** What the agenda says after an action: a sentence and the file written, if any. */
export interface DoneNotice {
  summary: string;
  path: string | null;
}

interface AgendaItemPanelProps {
  item: AgendaItem;
  canSend: boolean;
  onDone: (notice: DoneNotice) => void;
}

/** One agenda line opened: the prepared message, editable, and what can be done with it. */
export function AgendaItemPanel({ item, canSend, onDone }: AgendaItemPanelProps) {
  const prepared = useCall('relance:prepare', { debtorId: item.debtorId });
  if (prepared.error) return <ErrorBanner message={prepared.error} />;
  if (!prepared.data) return <p className="loading">Préparation du message…</p>;
  const data = prepared.data;
  return (
    <div className="agenda-panel" data-testid={`agenda-panel-${item.debtorId}`}>
      {data.warnings.length > 0 ? (
        <div className="banner banner--warning" role="status">
          {data.warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </div>
      ) : null}
      {item.channel === 'appel' ? (
        <CallPanel prepared={data} onRecorded={(summary) => onDone({ summary, path: null })} />
      ) : (
        <MessageForm
          key={`${item.debtorId}-${item.stepIndex}`}
          item={item}
          subject={data.subject}
          body={data.sms?.text ?? data.body}
          smsLength={data.sms?.description ?? null}
          recipient={
            item.channel === 'email'
              ? (data.recipient.email ?? 'aucune adresse e-mail')
              : item.channel === 'sms'
                ? (data.recipient.phone ?? 'aucun numéro')
                : data.recipient.address.join(', ')
          }
          canSend={canSend}
          onDone={onDone}
        />
      )}
      <div className="agenda-panel__secondary">
        <SkipForm item={item} onDone={onDone} />
        <PostponeForm item={item} onDone={onDone} />
      </div>
    </div>
  );
}

interface MessageFormProps {
  item: AgendaItem;
  subject: string;
  body: string;
  smsLength: string | null;
  recipient: string;
  canSend: boolean;
  onDone: (notice: DoneNotice) => void;
}

function MessageForm(props: MessageFormProps) {
  const { item } = props;
  const [subject, setSubject] = useState(props.subject);
  const [body, setBody] = useState(props.body);
  const submission = useSubmit();
  const hasSubject = item.channel === 'email' || isLetterChannel(item.channel);

  const run = (send: boolean) =>
    void submission.submit(
      () =>
        callResult('relance:do', {
          debtorId: item.debtorId,
          scenarioId: item.scenarioId,
          stepIndex: item.stepIndex,
          subject: hasSubject ? subject : null,
          body,
          send,
        }),
      (record) =>
        props.onDone({
          summary: `${item.debtorName} : ${DELIVERY_LABELS[record.delivery ?? 'courrier']}.`,
          path: record.outputPath,
        }),
    );

  const errors = submission.fieldErrors;
  return (
    <div className="form">
      <ErrorBanner message={submission.message} />
      <p className="muted">Destinataire : {props.recipient}</p>
      {hasSubject ? (
        <Field label="Objet" name={`subject-${item.debtorId}`} error={errors.subject}>
          <TextInput
            name={`subject-${item.debtorId}`}
            value={subject}
            onChange={setSubject}
            error={errors.subject}
          />
        </Field>
      ) : null}
      <Field
        label={item.channel === 'sms' ? 'Texte du SMS' : 'Message'}
        name={`body-${item.debtorId}`}
        error={errors.body}
        hint={props.smsLength ?? undefined}
      >
        <textarea
          id={`body-${item.debtorId}`}
          className="agenda-panel__body"
          rows={item.channel === 'sms' ? 3 : 12}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </Field>
      <div className="form__actions">
        {item.channel === 'email' ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={submission.busy}
              onClick={() => run(false)}
            >
              Préparer le brouillon (.eml)
            </button>
            {props.canSend ? (
              <button
                type="button"
                className="button"
                disabled={submission.busy}
                onClick={() => run(true)}
              >
                Envoyer l’e-mail
              </button>
            ) : null}
          </>
        ) : null}
        {isLetterChannel(item.channel) ? (
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy}
            onClick={() => run(false)}
          >
            Générer le courrier (.docx)
          </button>
        ) : null}
        {item.channel === 'sms' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={submission.busy}
            onClick={() => run(false)}
          >
            SMS envoyé depuis mon téléphone
          </button>
        ) : null}
      </div>
    </div>
  );
}
