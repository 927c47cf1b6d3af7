import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Opens a .docx with LibreOffice (headless) and returns its text: proof that
 * the file opens and says what it must. Fails when LibreOffice cannot read it.
 */
export function docxToText(docx: Buffer | string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-docx-'));
  try {
    const source = path.join(directory, 'document.docx');
    if (typeof docx === 'string') fs.copyFileSync(docx, source);
    else fs.writeFileSync(source, docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(directory, 'profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        directory,
        source,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const text = path.join(directory, 'document.txt');
    if (!fs.existsSync(text)) throw new Error('LibreOffice could not convert the document');
    return fs.readFileSync(text, 'utf8').replace(/[\u00a0\u202f]/g, ' ');
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * Lays a .docx out as LibreOffice prints it (PDF) and returns its text line by line, as
 * `pdftotext -layout` reads the page: a table cell whose text wrapped shows as two lines.
 */
export function docxToLayoutText(docx: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'recouvra-pdf-'));
  try {
    const source = path.join(directory, 'document.docx');
    fs.copyFileSync(docx, source);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(directory, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        directory,
        source,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const pdf = path.join(directory, 'document.pdf');
    if (!fs.existsSync(pdf)) throw new Error('LibreOffice could not print the document');
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
