import { describe, expect, it } from 'vitest';
import { smsRecipient } from '../../../src-shared/relance/sms-recipient';

describe('smsRecipient', () => {
  it('sends to the first French mobile, in international form', () => {
    expect(smsRecipient(['01 43 99 00 00', '06 12 34 56 78'])).toEqual({
      ok: true,
      number: '+33612345678',
    });
    expect(smsRecipient(['+33 7 12 34 56 78'])).toEqual({ ok: true, number: '+33712345678' });
  });

  it('refuses a landline, saying why in French', () => {
    expect(smsRecipient(['01 43 99 00 00'])).toEqual({
      ok: false,
      reason: 'le 01 43 99 00 00 n’est pas un mobile (06 ou 07) : il ne reçoit pas de SMS',
    });
  });

  it('says when there is no number at all, or one that is not French', () => {
    expect(smsRecipient([null, ' '])).toEqual({ ok: false, reason: 'aucun numéro de téléphone' });
    expect(smsRecipient(['+44 20 7946 0958'])).toEqual({
      ok: false,
      reason: '« +44 20 7946 0958 » n’est pas un numéro de mobile français',
    });
  });
});
