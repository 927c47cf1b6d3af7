import type { Queryable } from '../workspace/service-context';

const PAYMENT_TERMS_KEY = 'import.paymentTermsDays';

/** The payment terms used when a FEC gives no due date: 30 days unless the user chose others. */
export const DEFAULT_PAYMENT_TERMS_DAYS = 30;

/** The payment terms the last import used, or the default. */
export async function readPaymentTermsDays(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', PAYMENT_TERMS_KEY)
    .executeTakeFirst();
  const days = Number(row?.value);
  return Number.isInteger(days) && days >= 0 && days <= 365 ? days : DEFAULT_PAYMENT_TERMS_DAYS;
}

/** Remembers the payment terms of an import for the next one. */
export async function savePaymentTermsDays(db: Queryable, days: number): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: PAYMENT_TERMS_KEY, value: String(days) })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: String(days) }))
    .execute();
}
