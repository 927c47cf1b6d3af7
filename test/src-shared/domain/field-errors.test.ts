import { describe, expect, it } from 'vitest';
import { compactErrors, hasFieldErrors } from '../../../src-shared/domain/field-errors';

describe('compactErrors', () => {
  it('drops fields without a message and keeps the others', () => {
    const errors = compactErrors({ name: undefined, city: 'La ville est obligatoire.' });

    expect(Object.keys(errors)).toEqual(['city']);
    expect(errors.city).toBe('La ville est obligatoire.');
  });

  it('gives an empty object when no field has a message', () => {
    expect(Object.keys(compactErrors({ name: undefined }))).toEqual([]);
  });
});

describe('hasFieldErrors', () => {
  it('is false for an empty object or only undefined messages', () => {
    expect(hasFieldErrors({})).toBe(false);
    expect(hasFieldErrors({ name: undefined })).toBe(false);
  });

  it('is true as soon as one field has a message', () => {
    expect(hasFieldErrors({ name: undefined, city: 'La ville est obligatoire.' })).toBe(true);
  });
});
