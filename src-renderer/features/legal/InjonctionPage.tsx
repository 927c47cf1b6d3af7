import { useState } from 'react';
import type { DocumentSpec } from '../../../src-shared/documents/document-blocks';
import type { PreparedDocument } from '../../../src-shared/domain/legal-case';
import { cerfaForJudge, type JudgeKind } from '../../../src-shared/legal/cerfa-forms';
import type { InjonctionChecks } from '../../../src-shared/legal/injonction-checks';
import type { InjonctionDraft } from '../../../src-shared/legal/injonction-draft';
import { formatAmountForInput } from '../../../src-shared/money/format-amount';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { routeHash } from '../../app/route';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';
import { Money } from '../../components/Money';
import { TypedValues } from '../ledger/amount-field';
import { ChecksList } from './ChecksList';
import { JUDGE_LABELS } from './CourtCard';
import { DocumentPreview } from './DocumentPreview';
import { DraftAmounts, type AmountTexts } from './DraftAmounts';
import { PartyFields } from './PartyFields';

/** The requête en injonction de payer: pre-filled, editable, checked, previewed, exported. */
export function InjonctionPage({ debtorId }: { debtorId: number }) {
  const loaded = useCall('legal:injonctionDraft', { debtorId });
  if (loaded.error) return <ErrorBanner message={loaded.error} />;
  if (!loaded.data) return <p className="loading">Préparation de la requête…</p>;
  return <InjonctionEditor key={debtorId} initial={loaded.data.draft} />;
}

function textsOf(draft: InjonctionDraft): AmountTexts {
  const texts: AmountTexts = {};
  draft.invoices.forEach((invoice, index) => {
    texts[`invoices.${index}.principalCents`] = formatAmountForInput(invoice.principalCents);
  });
  draft.elements.forEach((element, index) => {
    texts[`elements.${index}.amountCents`] = formatAmountForInput(element.amountCents);
  });
  return texts;
}

function InjonctionEditor({ initial }: { initial: InjonctionDraft }) {
  const [draft, setDraft] = useState(initial);
  const [texts, setTexts] = useState(() => textsOf(initial));
  const [piecesText, setPiecesText] = useState(initial.pieces.join('\n'));
  const [date, setDate] = useState(initial.date.split('-').reverse().join('/'));
  const [typedErrors, setTypedErrors] = useState<Record<string, string | undefined>>({});
  const [checked, setChecked] = useState<{
    checks: InjonctionChecks;
    preview: DocumentSpec;
  } | null>(null);
  const [exported, setExported] = useState<PreparedDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Every edit invalidates the last check: the export must follow a preview of what is sent.
  const edit =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setChecked(null);
      setExported(null);
    };

  const build = (): InjonctionDraft | null => {
    const typed = new TypedValues();
    const next: InjonctionDraft = {
      ...draft,
      invoices: draft.invoices.map((invoice, index) => ({
        ...invoice,
        principalCents: typed.amount(
          `invoices.${index}.principalCents`,
          texts[`invoices.${index}.principalCents`] ?? '',
        ),
      })),
      elements: draft.elements.map((element, index) => ({
        ...element,
        amountCents: typed.amount(
          `elements.${index}.amountCents`,
          texts[`elements.${index}.amountCents`] ?? '',
        ),
      })),
      pieces: piecesText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      date: typed.date('date', date),
    };
    setTypedErrors(typed.errors);
    return Object.keys(typed.errors).length > 0 ? null : next;
  };

  const run = async (work: (next: InjonctionDraft) => Promise<void>) => {
    const next = build();
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      await work(next);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Erreur inattendue.');
    } finally {
      setBusy(false);
    }
  };
  const preview = () =>
    run(async (next) => setChecked(await call('legal:injonctionPreview', { draft: next })));
  const exportDocx = () =>
    run(async (next) => setExported(await call('legal:injonctionExport', { draft: next })));

  const fieldErrors: Record<string, string | undefined> = { ...typedErrors };
  for (const finding of checked?.checks.blocking ?? []) {
    if (finding.field && !fieldErrors[finding.field]) fieldErrors[finding.field] = finding.message;
  }
  const setJudge = (judge: JudgeKind) =>
    edit(setDraft)({
      ...draft,
      court: { ...draft.court, judge, cerfaNumber: cerfaForJudge(judge).number },
    });

  return (
    <section className="page injonction">
      <p className="breadcrumb">
        <a href={routeHash({ screen: 'debtor', id: draft.debtorId })}>Dossier du débiteur</a> ›
      </p>
      <h1>Requête en injonction de payer</h1>
      <p className="muted">
        Pré-remplie depuis le dossier ; chaque champ se corrige. Vérifiez puis prévisualisez avant
        d’exporter le document (.docx).
      </p>
      <ErrorBanner message={error} />
      <fieldset className="card form__grid">
        <legend>Juridiction saisie</legend>
        <Field label="Juridiction" name="court.name" error={fieldErrors['court.name']}>
          <TextInput
            name="court.name"
            value={draft.court.name}
            onChange={(name) => edit(setDraft)({ ...draft, court: { ...draft.court, name } })}
          />
        </Field>
        <Field
          label="Adresse du greffe"
          name="court.address"
          hint="Adresses non vérifiées, sauf à Paris : contrôlez-la."
        >
          <TextInput
            name="court.address"
            value={draft.court.address}
            onChange={(address) => edit(setDraft)({ ...draft, court: { ...draft.court, address } })}
          />
        </Field>
        <Field label="Juge saisi" name="court.judge">
          <select
            id="court.judge"
            value={draft.court.judge}
            onChange={(event) => setJudge(event.target.value as JudgeKind)}
          >
            {Object.entries(JUDGE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Formulaire Cerfa" name="court.cerfa">
          <TextInput
            name="court.cerfa"
            value={draft.court.cerfaNumber}
            onChange={(cerfaNumber) =>
              edit(setDraft)({ ...draft, court: { ...draft.court, cerfaNumber } })
            }
          />
        </Field>
      </fieldset>
      <PartyFields
        legend="Demandeur (vous)"
        prefix="creditor"
        party={draft.creditor}
        errors={fieldErrors}
        onChange={(creditor) => edit(setDraft)({ ...draft, creditor })}
      />
      <PartyFields
        legend="Débiteur"
        prefix="debtor"
        party={draft.debtor}
        errors={fieldErrors}
        onChange={(debtor) => edit(setDraft)({ ...draft, debtor })}
      />
      <DraftAmounts
        draft={draft}
        texts={texts}
        errors={fieldErrors}
        onDraft={edit(setDraft)}
        onTexts={edit(setTexts)}
      />
      <fieldset className="card form">
        <legend>Pièces, opposition et signature</legend>
        <Field label="Bordereau des pièces (une par ligne)" name="pieces">
          <textarea
            id="pieces"
            rows={6}
            value={piecesText}
            onChange={(event) => edit(setPiecesText)(event.target.value)}
          />
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.renvoiAuFond}
            onChange={(event) => edit(setDraft)({ ...draft, renvoiAuFond: event.target.checked })}
          />
          En cas d’opposition, demander le renvoi immédiat devant la juridiction du fond (CPC art.
          1408)
        </label>
        <div className="form__row">
          <Field label="Fait à" name="place">
            <TextInput
              name="place"
              value={draft.place}
              onChange={(place) => edit(setDraft)({ ...draft, place })}
            />
          </Field>
          <Field label="Le" name="date" error={fieldErrors.date}>
            <TextInput name="date" value={date} onChange={edit(setDate)} error={fieldErrors.date} />
          </Field>
          <Field label="Signataire" name="signatory" error={fieldErrors.signatory}>
            <TextInput
              name="signatory"
              value={draft.signatory}
              onChange={(signatory) => edit(setDraft)({ ...draft, signatory })}
              error={fieldErrors.signatory}
            />
          </Field>
        </div>
      </fieldset>
      <div className="page__actions page__actions--left">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void preview()}
        >
          Vérifier et prévisualiser
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !checked || checked.checks.blocking.length > 0}
          onClick={() => void exportDocx()}
        >
          Exporter la requête (.docx)
        </button>
      </div>
      {exported ? (
        <p className="banner banner--success" role="status">
          Requête exportée (<Money cents={exported.totalCents} />) :{' '}
          <code>{exported.filePath}</code>.{' '}
          <a href={routeHash({ screen: 'case', id: exported.caseId })}>Suivre la procédure</a>
        </p>
      ) : null}
      {checked ? (
        <>
          <ChecksList checks={checked.checks} />
          <h2>Aperçu</h2>
          <DocumentPreview spec={checked.preview} />
        </>
      ) : null}
    </section>
  );
}
