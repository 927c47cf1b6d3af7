import { formatFrenchDate } from '../../../src-shared/dates/french-date';
import type { FecPreview } from '../../../src-shared/domain/fec-preview';
import { getCompany } from '../../company/company-service';
import type { Queryable } from '../../workspace/service-context';
import { latestFecImport } from '../import-batches';

/**
 * Why a FEC cannot be imported into this file, in French: nothing to import, another company's
 * books, or an exercise older than one already imported (its à-nouveaux could not be matched).
 */
export async function fecImportBlockers(db: Queryable, file: FecPreview): Promise<string[]> {
  const blockers: string[] = [];
  if (file.customers.length === 0) {
    blockers.push("Ce FEC n'a aucune ligne sur un compte client (411) : il n'y a rien à importer.");
  }

  const company = await getCompany(db);
  const fileSiren = file.company.siren;
  if (fileSiren !== null && company.siren !== null && company.siren !== fileSiren) {
    blockers.push(
      `Ce FEC est celui de l'entreprise de SIREN ${fileSiren} (d'après son nom), alors que ce ` +
        `dossier est celui de SIREN ${company.siren}. Ouvrez le dossier de cette entreprise, ou ` +
        'vérifiez le SIREN dans « Mon entreprise ».',
    );
  }

  const latest = await latestFecImport(db);
  if (latest !== null && file.period !== null && file.period.to < latest.periodFrom) {
    blockers.push(
      `Ce FEC (jusqu'au ${formatFrenchDate(file.period.to)}) est antérieur à celui déjà importé ` +
        `« ${latest.fileName} » (à partir du ${formatFrenchDate(latest.periodFrom)}). ` +
        "Importez les exercices dans l'ordre : le plus ancien d'abord.",
    );
  }
  return blockers;
}

/**
 * The consent the import needs when the file has errors (unreadable lines, unbalanced entries),
 * or null when it has none.
 */
export function fileErrorsWarning(file: FecPreview): string | null {
  const count = file.errorCount;
  if (count === 0) return null;
  const errors = count > 1 ? `${count} anomalies` : 'une anomalie';
  const rejected = file.rejectedLineCount;
  const left =
    rejected === 0
      ? ''
      : ` ; ${rejected > 1 ? `${rejected} lignes illisibles seraient laissées` : 'la ligne illisible serait laissée'} de côté`;
  return (
    `Le FEC contient ${errors} (voir la liste)${left}. Les soldes importés pourraient ne plus ` +
    "correspondre à la comptabilité : le mieux est d'exporter de nouveau le FEC depuis le " +
    'logiciel comptable.'
  );
}
