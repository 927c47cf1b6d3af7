import { describe, expect, it } from 'vitest';
import { letterDateRefusal } from '../../../src-shared/legal/step-rules';

describe('letterDateRefusal', () => {
  it('refuses a mise en demeure sent before the date written on it', () => {
    expect(letterDateRefusal('mise_en_demeure_envoyee', '2025-09-29', '2025-09-30')).toBe(
      'La mise en demeure est datée du 30/09/2025 : elle ne peut pas avoir été envoyée le ' +
        '29/09/2025, avant sa propre date.',
    );
  });

  it('accepts it on its date or later, and when no letter was prepared in the app', () => {
    expect(letterDateRefusal('mise_en_demeure_envoyee', '2025-09-30', '2025-09-30')).toBeNull();
    expect(letterDateRefusal('mise_en_demeure_envoyee', '2025-10-02', '2025-09-30')).toBeNull();
    expect(letterDateRefusal('mise_en_demeure_envoyee', '2025-09-29', null)).toBeNull();
  });

  it('leaves the other steps alone', () => {
    expect(letterDateRefusal('requete_deposee', '2025-09-29', '2025-09-30')).toBeNull();
  });
});
