import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/documents/render-docx';
import { docxToText } from '../../support/docx-text';

describe('renderDocx', () => {
  it(
    'writes a letter LibreOffice opens, with letterhead, recipient, subject, table and ' +
      'signature',
    async () => {
      const bytes = await renderDocx({
        title: 'Essai',
        letterhead: { lines: ['Atelier Lumière SAS', '3 rue des Arts', '75003 Paris'] },
        recipient: { lines: ['Menuiserie Durand', '4 avenue Foch', '92000 Nanterre'] },
        placeAndDate: 'À Paris, le 3 décembre 2026',
        mentions: ['Lettre recommandée avec accusé de réception'],
        subject: 'Relevé de compte',
        blocks: [
          { kind: 'paragraph', text: 'Madame, Monsieur,' },
          {
            kind: 'table',
            header: ['Facture', 'Échéance', 'Reste dû'],
            rows: [['FA-101', '31/10/2026', '1 200,00 €']],
            numericColumns: [2],
            footer: ['Total', '', '1 200,00 €'],
          },
          { kind: 'signature', lines: ['Jeanne Martin', 'Gérante'] },
        ],
        footer: 'Atelier Lumière SAS · RCS Paris 552081317',
      });

      const text = docxToText(bytes);

      for (const expected of [
        'Atelier Lumière SAS',
        'Menuiserie Durand',
        'À Paris, le 3 décembre 2026',
        'Lettre recommandée avec accusé de réception',
        'Objet : Relevé de compte',
        'FA-101',
        '1 200,00 €',
        'Jeanne Martin',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  it('merges several letters into one file, one per section', async () => {
    const letter = (name: string) => ({
      title: name,
      blocks: [{ kind: 'paragraph' as const, text: `Lettre pour ${name}` }],
    });

    const text = docxToText(await renderDocx([letter('Alpha'), letter('Bêta')]));

    expect(text).toContain('Lettre pour Alpha');
    expect(text).toContain('Lettre pour Bêta');
  });
});
