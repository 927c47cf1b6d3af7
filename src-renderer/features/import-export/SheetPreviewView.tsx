import type { SheetPreview } from '../../../src-shared/domain/spreadsheet-import';
import { countOf } from '../../../src-shared/text/french-plural';
import { ImportSummary } from './ImportSummary';

const ENCODINGS = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'utf-16': 'UTF-16' };
const SEPARATORS: Record<string, string> = {
  ';': 'points-virgules',
  ',': 'virgules',
  '\t': 'tabulations',
  '|': 'barres verticales',
};

/** The file as read with the mapping, its first rows, its row errors and the changes. */
export function SheetPreviewView({ preview }: { preview: SheetPreview }) {
  const read =
    preview.format === 'xlsx'
      ? `classeur Excel, feuille « ${preview.sheetName ?? ''} »`
      : `CSV en ${preview.encoding ? ENCODINGS[preview.encoding] : '?'}, séparé par des ` +
        `${SEPARATORS[preview.separator ?? ';'] ?? preview.separator}`;
  return (
    <div className="sheet-preview" data-testid="sheet-preview">
      <p>
        {preview.fileName} : {read}, {countOf(preview.rowCount, 'ligne')}
        {preview.profileName ? ` — profil « ${preview.profileName} »` : ''}.
      </p>
      {preview.missingFields.length > 0 ? (
        <div className="banner banner--warning" role="status">
          Associez une colonne à : {preview.missingFields.join(', ')}.
        </div>
      ) : null}
      <div className="table-scroll import-table">
        <table className="table" aria-label="Premières lignes du fichier">
          <thead>
            <tr>
              {preview.headers.map((header) => (
                <th key={header}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, index) => (
              <tr key={index}>
                {preview.headers.map((header, column) => (
                  <td key={header}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rowErrors.length > 0 ? (
        <details className="import-issues" open>
          <summary>Lignes qui ne seront pas importées ({preview.rowErrorCount})</summary>
          <ul data-testid="sheet-errors">
            {preview.rowErrors.map((error) => (
              <li key={error.row}>
                Ligne {error.row} : {error.messages.join(' ; ')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.missingFields.length === 0 ? (
        <>
          <h3>Ce que l’import changera</h3>
          <ImportSummary changes={{ ...preview.changes, ignoredLines: [] }} preview />
        </>
      ) : null}
    </div>
  );
}
