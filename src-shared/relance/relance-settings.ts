import { compactErrors, type FieldErrors } from '../domain/field-errors';

/** The guardrails and defaults of the relance engine, kept in the company file. */
export interface RelanceSettings {
  /** Least number of days between two actions on the same debtor. */
  minGapDays: number;
  /**
   * When false, an action falling on a weekend or a public holiday moves to the next working day.
   */
  allowWeekends: boolean;
  /** The plan used when neither the debtor nor a rule chooses one. */
  defaultScenarioId: number | null;
  /** Where batches write their letters and e-mails; null for the user data folder. */
  outputDirectory: string | null;
}

export const DEFAULT_RELANCE_SETTINGS: RelanceSettings = {
  minGapDays: 5,
  allowWeekends: false,
  defaultScenarioId: null,
  outputDirectory: null,
};

/** Checks the settings screen's values, one French message per field. */
export function validateRelanceSettings(settings: RelanceSettings): FieldErrors {
  return compactErrors({
    minGapDays:
      Number.isInteger(settings.minGapDays) && settings.minGapDays >= 0 && settings.minGapDays <= 60
        ? undefined
        : 'L’écart minimum entre deux actions va de 0 à 60 jours.',
  });
}
