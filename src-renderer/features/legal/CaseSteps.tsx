import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import {
  LEGAL_DOCUMENT_LABELS,
  PROCEDURE_STEP_LABELS,
  type LegalCase,
} from '../../../src-shared/domain/legal-case';
import { Money } from '../../components/Money';

interface CaseStepsProps {
  legalCase: LegalCase;
  onCancel?: (stepId: number) => void;
}

/** A case's deadlines, then its steps in date order and the documents written for it. */
export function CaseSteps({ legalCase, onCancel }: CaseStepsProps) {
  return (
    <div className="case-steps">
      {legalCase.deadlines.map((deadline) => (
        <p
          key={deadline.kind}
          className={`banner banner--${deadline.level === 'info' ? 'info' : deadline.level === 'danger' ? 'error' : 'warning'}`}
          role={deadline.level === 'info' ? 'status' : 'alert'}
        >
          {deadline.message}
        </p>
      ))}
      <ol className="timeline" aria-label="Étapes de la procédure">
        {legalCase.steps.map((step) => (
          <li
            key={step.id}
            className={
              step.cancelledAt ? 'timeline__item timeline__item--cancelled' : 'timeline__item'
            }
          >
            <time dateTime={step.occurredOn}>{formatFrenchDate(step.occurredOn)}</time>
            <span className="timeline__summary">
              {PROCEDURE_STEP_LABELS[step.kind]}
              {step.reference ? ` · réf. ${step.reference}` : ''}
              {step.deadlineOn ? ` · à payer avant le ${formatFrenchDate(step.deadlineOn)}` : ''}
              {step.note ? ` · ${step.note}` : ''}
              {step.cancelledAt ? ' (annulée)' : ''}
            </span>
            {onCancel && !step.cancelledAt && !legalCase.closedOn ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => onCancel(step.id)}
              >
                Annuler l’étape
              </button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ol>
      {legalCase.documents.length > 0 ? (
        <ul className="case-steps__documents" aria-label="Documents">
          {legalCase.documents.map((document) => (
            <li key={document.id}>
              {formatFrenchDate(document.preparedOn)} · {LEGAL_DOCUMENT_LABELS[document.kind]} ·{' '}
              <Money cents={document.totalCents} /> · <code>{document.filePath}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
