import {
  AssetError,
  readArray,
  readBoolean,
  readObject,
  readOptionalString,
  readString,
} from './json-fields';

/** Tribunal judiciaire, tribunal de commerce, or tribunal des activités économiques. */
export type CourtKind = 'tj' | 'tc' | 'tae';

/** One court of `assets/legal/idf-courts.json`. */
export interface CourtRow {
  departement: string;
  departementName: string;
  kind: CourtKind;
  name: string;
  /** Commune of the seat, as written in a sentence. */
  seat: string;
  /** Judilibre code for a TJ (`tj77288`), code greffe for a TC or TAE (`7702`). */
  code: string;
  codeInferred: boolean;
  ressort: string;
  /** For a TC or TAE: the TJ whose ressort it covers (TC Melun covers Melun and Fontainebleau). */
  judicialCourtCodes: string[];
  /** Null while no source or user has given it. */
  address: string | null;
  addressVerified: boolean;
  addressOrigin: 'shipped' | 'user';
  source: string;
}

/** A court address typed in the settings, keyed by the court's code. */
export interface UserCourtAddress {
  code: string;
  address: string;
}

/** The shipped court rows, or a French message saying the file is damaged and where. */
export type CourtAssetResult = { ok: true; courts: CourtRow[] } | { ok: false; message: string };

const KINDS: readonly string[] = ['tj', 'tc', 'tae'];

/** Builds the court rows from the parsed contents of `idf-courts.json`. */
export function courtRowsFromAsset(json: unknown): CourtAssetResult {
  try {
    const rows = readArray(readObject(json, 'fichier'), 'rows', 'fichier');
    return { ok: true, courts: rows.map(readCourtRow) };
  } catch (error) {
    if (!(error instanceof AssetError)) throw error;
    return {
      ok: false,
      message:
        `Le fichier des tribunaux idf-courts.json livré avec l'application est illisible ` +
        `(${error.message}) : réinstallez l'application.`,
    };
  }
}

/** The court rows with the addresses the user has entered in place of the shipped ones. */
export function withUserCourtAddresses(
  courts: readonly CourtRow[],
  addresses: readonly UserCourtAddress[],
): CourtRow[] {
  const byCode = new Map(addresses.map((entry) => [entry.code, entry.address]));
  return courts.map((court) => {
    const address = byCode.get(court.code);
    return address ? { ...court, address, addressOrigin: 'user' } : court;
  });
}

function readCourtRow(value: unknown, index: number): CourtRow {
  const where = `ligne ${index + 1}`;
  const row = readObject(value, where);
  const kind = readString(row, 'kind', where);
  if (!KINDS.includes(kind)) throw new AssetError(`${where}, champ kind : tj, tc ou tae attendu`);
  const judicialCourtCodes = readArray(row, 'judicialCourtCodes', where).map((code) => {
    if (typeof code !== 'string') throw new AssetError(`${where}, champ judicialCourtCodes`);
    return code;
  });
  return {
    departement: readString(row, 'departement', where),
    departementName: readString(row, 'departementName', where),
    kind: kind as CourtKind,
    name: readString(row, 'name', where),
    seat: readString(row, 'seat', where),
    code: readString(row, 'code', where),
    codeInferred: readBoolean(row, 'codeInferred', where),
    ressort: readString(row, 'ressort', where),
    judicialCourtCodes,
    address: readOptionalString(row, 'address', where),
    addressVerified: readBoolean(row, 'addressVerified', where),
    addressOrigin: 'shipped',
    source: readString(row, 'source', where),
  };
}
