import { describe, expect, it } from 'vitest';
import { describeSmsLength, smsLength, smsText } from '../../../src-shared/relance/sms-length';

describe('smsLength', () => {
  it('counts a French text with é, è and à as GSM-7, 160 to one SMS', () => {
    const text = 'Bonjour, la facture FA-12 reste impayée à ce jour. Merci de régler 120,00 EUR.';

    expect(smsLength(text)).toMatchObject({ encoding: 'GSM-7', units: text.length, parts: 1 });
  });

  it('counts the euro sign twice, as the extension table does', () => {
    expect(smsLength('120 €').units).toBe(6);
  });

  it('splits a GSM-7 text longer than 160 characters in parts of 153', () => {
    expect(smsLength('a'.repeat(161)).parts).toBe(2);
    expect(smsLength('a'.repeat(306)).parts).toBe(2);
    expect(smsLength('a'.repeat(307)).parts).toBe(3);
  });

  it('falls back to UCS-2, 70 to one SMS, for a character outside the alphabet and names it', () => {
    const length = smsLength('Reçu : merci');

    expect(length).toMatchObject({ encoding: 'UCS-2', singleLimit: 70, parts: 1 });
    expect(length.nonGsmCharacters).toEqual(['ç']);
    expect(smsLength('ç'.repeat(71)).parts).toBe(2);
  });

  it('says in French when a text will not fit in one SMS', () => {
    expect(describeSmsLength(smsLength('ê'.repeat(80)))).toBe(
      '80 caractères sur 70 (caractères hors alphabet SMS : ê, limite 70) : sera envoyé en 2 SMS.',
    );
    expect(describeSmsLength(smsLength('Merci'))).toBe('5 caractères sur 160 : tient en un SMS.');
  });
});

describe('smsText', () => {
  it('replaces the no-break spaces of French amounts so the SMS stays in GSM-7', () => {
    const text = smsText('Reste 1\u202f234,56\u00a0€ – merci’');

    expect(text).toBe("Reste 1 234,56 € - merci'");
    expect(smsLength(text).encoding).toBe('GSM-7');
  });
});
