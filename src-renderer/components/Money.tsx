import { formatEuros } from '../../src-shared/money/format-amount';

/** An amount in cents shown the French way (1 234,56 €), right-aligned in tables. */
export function Money({ cents, muted = false }: { cents: number; muted?: boolean }) {
  return (
    <span className={muted && cents === 0 ? 'money money--zero' : 'money'}>
      {formatEuros(cents)}
    </span>
  );
}
