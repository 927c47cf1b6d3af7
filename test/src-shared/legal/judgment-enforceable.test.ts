import { describe, expect, it } from 'vitest';
import type { ProcedureStepKind } from '../../../src-shared/domain/legal-case';
import { ordonnanceEnforceableOn } from '../../../src-shared/legal/judgment-enforceable';

function step(kind: ProcedureStepKind, occurredOn: string, cancelledAt: string | null = null) {
  return { kind, occurredOn, cancelledAt };
}

const served = [
  step('requete_deposee', '2024-06-03'),
  step('ordonnance_rendue', '2024-06-20'),
  step('ordonnance_signifiee', '2024-08-19'),
];

describe('ordonnanceEnforceableOn', () => {
  it('is the day recorded for the end of the opposition period after the signification', () => {
    expect(
      ordonnanceEnforceableOn([...served, step('delai_opposition_expire', '2024-09-20')]),
    ).toBe('2024-09-20');
  });

  it('is null while the opposition period runs, or after an opposition', () => {
    expect(ordonnanceEnforceableOn(served)).toBeNull();
    expect(
      ordonnanceEnforceableOn([
        ...served,
        step('opposition_formee', '2024-09-02'),
        step('delai_opposition_expire', '2024-09-20'),
      ]),
    ).toBeNull();
  });

  it('ignores a cancelled step and an expiry with no signification before it', () => {
    expect(
      ordonnanceEnforceableOn([...served, step('delai_opposition_expire', '2024-09-20', 'x')]),
    ).toBeNull();
    expect(ordonnanceEnforceableOn([step('delai_opposition_expire', '2024-09-20')])).toBeNull();
  });
});
