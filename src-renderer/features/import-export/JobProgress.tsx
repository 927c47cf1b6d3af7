import type { JobStatus } from '../../../src-shared/domain/job';

/** The progress bar of a running job, with its cancel button. */
export function JobProgress({ status, onCancel }: { status: JobStatus; onCancel: () => void }) {
  const { done, total, label } = status.progress;
  const percent = total ? Math.min(100, Math.round((100 * done) / total)) : 0;
  return (
    <div className="import-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress__bar" style={{ width: `${percent}%` }} />
        <span>
          {label} {total ? `${percent} %` : ''}
        </span>
      </div>
      <button type="button" className="button" onClick={onCancel}>
        Annuler
      </button>
    </div>
  );
}
