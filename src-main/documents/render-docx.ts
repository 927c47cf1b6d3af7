import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { AddressBlock, DocumentBlock, DocumentSpec } from './document-blocks';

// Liberation Sans ships with LibreOffice and matches Arial's metrics, so the
// layout is the same in Word and in LibreOffice.
const FONT = 'Liberation Sans';
const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

function lines(block: AddressBlock, align: 'left' | 'right'): Paragraph[] {
  return block.lines.map(
    (line, index) =>
      new Paragraph({
        alignment: ALIGN[align],
        children: [new TextRun({ text: line, bold: index === 0 })],
      }),
  );
}

interface CellOptions {
  bold?: boolean;
  right?: boolean;
  shade?: boolean;
  compact?: boolean;
}

function cell(text: string, options: CellOptions = {}) {
  const side = options.compact ? 70 : 100;
  return new TableCell({
    shading: options.shade ? { fill: 'E8ECF3' } : undefined,
    margins: { top: 60, bottom: 60, left: side, right: side },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [
          new TextRun({ text, bold: options.bold ?? false, size: options.compact ? 17 : 19 }),
        ],
      }),
    ],
  });
}

function table(block: Extract<DocumentBlock, { kind: 'table' }>): Table {
  const numeric = new Set(block.numericColumns ?? []);
  const row = (values: string[], bold: boolean, shade: boolean) =>
    new TableRow({
      tableHeader: shade && bold,
      children: values.map((value, index) =>
        cell(value, { bold, right: numeric.has(index), shade, compact: block.compact ?? false }),
      ),
    });
  const rows = [
    row(block.header, true, true),
    ...block.rows.map((values) => row(values, false, false)),
  ];
  if (block.footer) rows.push(row(block.footer, true, true));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: block.widths ? columnTwips(block.widths) : undefined,
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'DFE3EA' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    rows,
  });
}

// The text width of an A4 page with the margins below, in twips.
const TEXT_WIDTH = 11906 - 1200 - 1200;

function columnTwips(weights: number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.round((TEXT_WIDTH * weight) / total));
}

// A form's boxes: labels in a narrow shaded column, values beside them.
function fieldsTable(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnTwips([3, 7]),
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '9AA5BD' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'DFE3EA' },
      insideVertical: { style: BorderStyle.SINGLE, size: 2, color: 'DFE3EA' },
    },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [cell(label, { bold: true, shade: true }), cell(value === '' ? '—' : value)],
        }),
    ),
  });
}

function blockToChildren(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
          spacing: { before: 240, after: 120 },
          keepNext: true,
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          spacing: { after: 120 },
          keepNext: block.keepWithNext ?? false,
          children: [
            new TextRun({
              text: block.text,
              bold: block.bold ?? false,
              italics: block.italic ?? false,
            }),
          ],
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            spacing: { after: 60 },
            children: [new TextRun(item)],
          }),
      );
    case 'table':
      return [table(block), new Paragraph({ children: [] })];
    case 'fields':
      return [fieldsTable(block.rows), new Paragraph({ children: [] })];
    case 'checkbox':
      return [
        new Paragraph({
          spacing: { after: 60 },
          children: [new TextRun(`${block.checked ? '☒' : '☐'} ${block.text}`)],
        }),
      ];
    case 'spacer':
      return [new Paragraph({ children: [] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'signature':
      // The signature block never splits across pages.
      return [
        new Paragraph({ children: [], spacing: { before: 360 }, keepNext: true }),
        ...block.lines.map(
          (line, index) =>
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              keepNext: index < block.lines.length - 1,
              children: [new TextRun(line)],
            }),
        ),
      ];
  }
}

/** The Word children of a whole document: letterhead, recipient, date, subject and blocks. */
export function documentChildren(spec: DocumentSpec): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  if (spec.letterhead) children.push(...lines(spec.letterhead, 'left'));
  if (spec.recipient) {
    children.push(new Paragraph({ children: [], spacing: { after: 240 } }));
    children.push(...lines(spec.recipient, 'right'));
  }
  if (spec.placeAndDate) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 240, after: 240 },
        children: [new TextRun(spec.placeAndDate)],
      }),
    );
  }
  for (const mention of spec.mentions ?? []) {
    children.push(new Paragraph({ children: [new TextRun({ text: mention, bold: true })] }));
  }
  if (spec.subject) {
    const runs: ParagraphChild[] = [
      new TextRun({ text: 'Objet : ', bold: true }),
      new TextRun({ text: spec.subject, bold: true }),
    ];
    children.push(new Paragraph({ spacing: { before: 200, after: 200 }, children: runs }));
  }
  for (const block of spec.blocks) children.push(...blockToChildren(block));
  return children;
}

/** Renders one document (or several, one per section, for a merged batch) as .docx bytes. */
export async function renderDocx(specs: DocumentSpec | DocumentSpec[]): Promise<Buffer> {
  const all = Array.isArray(specs) ? specs : [specs];
  const document = new Document({
    title: all[0]?.title ?? 'Document',
    creator: 'Recouvra',
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: all.map((spec) => ({
      properties: { page: { margin: { top: 1100, bottom: 1100, left: 1200, right: 1200 } } },
      footers: spec.footer
        ? {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: spec.footer, size: 15, color: '5D6678' })],
                }),
              ],
            }),
          }
        : undefined,
      children: documentChildren(spec),
    })),
  });
  return Packer.toBuffer(document);
}
