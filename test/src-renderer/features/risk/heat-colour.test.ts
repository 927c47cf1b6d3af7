import { describe, expect, it } from 'vitest';
import { heatColour, inkOn } from '../../../../src-renderer/features/risk/heat-colour';
import {
  initialDraft,
  NO_SECTOR,
  queryFromDraft,
} from '../../../../src-renderer/features/dashboard/filter-state';

describe('heatColour', () => {
  it('goes from pale for small amounts to deep red for the largest, grey for nothing', () => {
    expect(heatColour(0, 1000)).toBe('#f4f6f9');
    expect(heatColour(1000, 1000)).toBe('rgb(179, 38, 30)');
    // A quarter of the largest is half-way on the square-root scale.
    expect(heatColour(250, 1000)).toBe('rgb(216, 140, 132)');
    expect(inkOn(1000, 1000)).toBe('#ffffff');
    expect(inkOn(100, 1000)).toBe('#1d2433');
  });
});

describe('queryFromDraft', () => {
  it('reads French dates and the « all » choices of the filter bar', () => {
    const draft = { ...initialDraft('2026-12-03'), sector: NO_SECTOR, riskClass: 'C' as const };

    expect(queryFromDraft(draft, '2026-12-03')).toEqual({
      ok: true,
      query: {
        from: '2026-09-04',
        to: '2026-12-03',
        sector: '',
        departement: null,
        riskClass: 'C',
      },
    });
  });

  it('says which date cannot be read or lies in the future, and asks nothing of main', () => {
    const draft = initialDraft('2026-12-03');

    const unreadable = queryFromDraft({ ...draft, from: '31/02/2026' }, '2026-12-03');
    const future = queryFromDraft({ ...draft, to: '10/01/2027' }, '2026-12-03');

    expect(unreadable.ok ? null : unreadable.errors.from).toContain('31/02/2026');
    expect(future.ok ? null : future.errors.to).toContain('ne peut pas dépasser aujourd’hui');
  });
});
