import type { BenchCase } from '../bench-case';
import { debtorFileCase } from './debtor-file-case';
import { debtorListCase } from './debtor-list-case';
import { firstListCase } from './first-list-case';

/** Every benchmark, in the order of the table. */
export const benchCases: BenchCase[] = [debtorListCase, debtorFileCase, firstListCase];
