import { halfYearOf, isHalfYearStart } from './half-year';
import {
  AssetError,
  readArray,
  readBasisPoints,
  readDate,
  readObject,
  readOptionalString,
  readString,
} from './json-fields';
import type { EcbRateRow, LegalRateHalfYear, RateTables } from './rate-tables';

/** The shipped rate tables, or a French message saying which file is damaged and where. */
export type RateAssetsResult = { ok: true; tables: RateTables } | { ok: false; message: string };

// src-main reads the files and passes their parsed contents: this code never touches a file.
/** The shipped `RateTables` from `taux-interet-legal.json` and `ecb-mro-rates.json`. */
export function rateTablesFromAssets(legalJson: unknown, ecbJson: unknown): RateAssetsResult {
  let file = 'taux-interet-legal.json';
  try {
    const legalRates = readLegalRates(legalJson);
    file = 'ecb-mro-rates.json';
    const ecb = readObject(ecbJson, 'fichier');
    const ecbConfirmedThrough = readDate(ecb, 'confirmedThrough', 'fichier');
    const ecbRates = readEcbRates(ecb);
    return { ok: true, tables: { legalRates, ecbRates, ecbConfirmedThrough } };
  } catch (error) {
    if (!(error instanceof AssetError)) throw error;
    return {
      ok: false,
      message:
        `Le fichier de taux ${file} livré avec l'application est illisible (${error.message}) : ` +
        "réinstallez l'application.",
    };
  }
}

function readLegalRates(json: unknown): LegalRateHalfYear[] {
  const rows = readArray(readObject(json, 'fichier'), 'rows', 'fichier');
  const result = rows.map((value, index): LegalRateHalfYear => {
    const where = `ligne ${index + 1}`;
    const row = readObject(value, where);
    const start = readDate(row, 'start', where);
    const end = readDate(row, 'end', where);
    // Every row is one half-year, so lookups by half-year start need no range search.
    if (!isHalfYearStart(start) || halfYearOf(start).end !== end) {
      throw new AssetError(`${where} : la période ${start} – ${end} n'est pas un semestre`);
    }
    return {
      start,
      end,
      personnePhysiqueBp: readBasisPoints(row, 'personnePhysiqueBp', where),
      autresCasBp: readBasisPoints(row, 'autresCasBp', where),
      text: readOptionalString(row, 'text', where),
      source: readString(row, 'source', where),
      origin: 'shipped',
    };
  });
  assertIncreasing(result.map((row) => row.start));
  return result;
}

function readEcbRates(ecb: Record<string, unknown>): EcbRateRow[] {
  const result = readArray(ecb, 'rows', 'fichier').map((value, index): EcbRateRow => {
    const where = `ligne ${index + 1}`;
    const row = readObject(value, where);
    return {
      effective: readDate(row, 'effective', where),
      rateBp: readBasisPoints(row, 'rateBp', where),
      source: readString(row, 'source', where),
      origin: 'shipped',
    };
  });
  assertIncreasing(result.map((row) => row.effective));
  return result;
}

function assertIncreasing(dates: readonly string[]): void {
  dates.forEach((date, index) => {
    const previous = dates[index - 1];
    if (previous !== undefined && previous >= date) {
      throw new AssetError(`ligne ${index + 1} : dates pas en ordre croissant (${date})`);
    }
  });
}
