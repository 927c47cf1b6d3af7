import { readFileSync } from 'node:fs';
import { courtRowsFromAsset, type CourtRow } from '../../../src-shared/legal/court-rows';
import { rateTablesFromAssets } from '../../../src-shared/legal/rate-assets';
import type { RateTables } from '../../../src-shared/legal/rate-tables';

// The tests read the very files the app ships, so a wrong value in assets/legal fails them.
export function readAsset(name: string): unknown {
  return JSON.parse(
    readFileSync(new URL(`../../../assets/legal/${name}`, import.meta.url), 'utf8'),
  );
}

export function shippedRateTables(): RateTables {
  const result = rateTablesFromAssets(
    readAsset('taux-interet-legal.json'),
    readAsset('ecb-mro-rates.json'),
  );
  if (!result.ok) throw new Error(result.message);
  return result.tables;
}

export function shippedCourts(): CourtRow[] {
  const result = courtRowsFromAsset(readAsset('idf-courts.json'));
  if (!result.ok) throw new Error(result.message);
  return result.courts;
}
