import { useState, type FormEvent } from 'react';
import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import { callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { TypedValues } from '../ledger/amount-field';
import { OpenFolderButton } from './OpenFolderButton';

/** Writes the debtor's relevé de compte as of a date (.docx). */
export function StatementExport(props: {
  debtorId: number;
  today: string;
  onExported: () => void;
}) {
  const [asOf, setAsOf] = useState(formatFrenchDate(props.today));
  const [path, setPath] = useState<string | null>(null);
  const submission = useSubmit();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = new TypedValues();
    const date = typed.date('asOf', asOf);
    if (Object.keys(typed.errors).length > 0) {
      submission.reject(typed.errors);
      return;
    }
    void submission.submit(
      () => callResult('relance:statement', { debtorId: props.debtorId, asOf: date }),
      (written) => {
        setPath(written.path);
        props.onExported();
      },
    );
  };
  return (
    <form className="form form--inline statement-export" onSubmit={submit} noValidate>
      <ErrorBanner message={submission.message} />
      <Field label="Relevé de compte au" name="statementAsOf" error={submission.fieldErrors.asOf}>
        <TextInput
          name="statementAsOf"
          value={asOf}
          onChange={setAsOf}
          placeholder="JJ/MM/AAAA"
          error={submission.fieldErrors.asOf}
        />
      </Field>
      <button type="submit" className="button" disabled={submission.busy}>
        Éditer le relevé (.docx)
      </button>
      {path ? <OpenFolderButton path={path} /> : null}
    </form>
  );
}
