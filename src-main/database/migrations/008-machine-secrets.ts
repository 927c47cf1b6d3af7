import type { Migration } from './migration';
import { SHIPPED_SCENARIOS } from './007-shipped-scenarios';

// The SMTP password leaves the company file: the file travels (backups, the accountant's
// pack, a copy on a stick) and the password now stays on each computer, outside it. It is
// deleted, not moved: a migration cannot reach the computer's secrets, and the settings screen
// asks for the password again.
//
// The same step corrects the wording of the shipped consumer plan where a step's text is still
// exactly as migration 7 wrote it (its frozen data is read for the comparison): its SMS spoke
// of « votre facture » even for several invoices, and its letters said « Madame, Monsieur » to
// a named person. Texts the user edited are left alone. The field names are those of
// src-shared/relance/template-fields.ts as they stand.

const NEW_SMS =
  '{{entreprise}} : bonjour, sauf erreur {{factures_echues}}. Merci de nous régler ou de nous ' +
  'appeler au {{telephone_entreprise}}.';

const OLD_CLOSING =
  'Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.';
const NEW_CLOSING = 'Nous vous prions d’agréer l’expression de nos salutations distinguées.';

// The consumer plan's text as it should read: the SMS agrees with the number of invoices, the
// opening line addresses the person, the closing no longer says « Madame, Monsieur ».
function reworded(channel: string, body: string): string {
  if (channel === 'sms') return NEW_SMS;
  return body
    .replace(/^(Madame, Monsieur|Bonjour),\n\n/, '{{formule_appel}},\n\n')
    .replace(OLD_CLOSING, NEW_CLOSING);
}

export const machineSecrets: Migration = {
  version: 8,
  name: 'machine secrets',
  up(database) {
    database.exec(`DELETE FROM settings WHERE key = 'smtp.password'`);

    const consumer = SHIPPED_SCENARIOS.find((scenario) => scenario.key === 'particuliers')!;
    const update = database.prepare(
      `UPDATE relance_steps SET body = ?
       WHERE position = ? AND body = ? AND scenario_id IN (
         SELECT id FROM relance_scenarios WHERE shipped_key = 'particuliers')`,
    );
    consumer.steps.forEach((step, position) => {
      const body = reworded(step.channel, step.body);
      if (body !== step.body) update.run(body, position, step.body);
    });
  },
};
