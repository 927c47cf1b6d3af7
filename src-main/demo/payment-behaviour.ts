import { createRandom, deriveSeed } from './random';

/** How a debtor pays: the trait that makes reminders, ageing and scoring worth testing. */
export type PaymentBehaviour =
  'punctual' | 'late' | 'partial' | 'disputer' | 'defaulter' | 'slowLargeAccount';

/** Every behaviour, in a stable order. */
export const PAYMENT_BEHAVIOURS: readonly PaymentBehaviour[] = [
  'punctual',
  'late',
  'partial',
  'disputer',
  'defaulter',
  'slowLargeAccount',
];

/** The behaviours as a credit manager would name them. */
export const PAYMENT_BEHAVIOUR_LABELS: Record<PaymentBehaviour, string> = {
  punctual: 'Bon payeur',
  late: 'Retardataire habituel',
  partial: 'Paie en plusieurs fois',
  disputer: 'Conteste des factures',
  defaulter: 'Défaillant chronique',
  slowLargeAccount: 'Grand compte lent mais sûr',
};

// Shares out of a deck of 25: each run of 25 debtors deals a freshly shuffled deck, so every
// behaviour shows up in every 25 debtors at exactly its share, whatever the seed.
const DECK_SHARES: readonly (readonly [PaymentBehaviour, number])[] = [
  ['punctual', 10],
  ['late', 6],
  ['partial', 3],
  ['disputer', 2],
  ['defaulter', 2],
  ['slowLargeAccount', 2],
];
const DECK: readonly PaymentBehaviour[] = DECK_SHARES.flatMap(([behaviour, share]) =>
  Array.from({ length: share }, () => behaviour),
);
const DECK_STREAM = 0x0de0c;

/** The behaviour of the debtor at `index`, dealt from the shuffled deck of its run of 25. */
export function behaviourForDebtor(seed: number, index: number): PaymentBehaviour {
  const run = Math.floor(index / DECK.length);
  const random = createRandom(deriveSeed(seed, DECK_STREAM, run));
  const deck = [...DECK];
  for (let last = deck.length - 1; last > 0; last -= 1) {
    const other = random.int(0, last);
    [deck[last], deck[other]] = [deck[other] as PaymentBehaviour, deck[last] as PaymentBehaviour];
  }
  return deck[index % deck.length] as PaymentBehaviour;
}
