import type { DocumentBlock, DocumentSpec } from '../../../src-shared/documents/document-blocks';

/** The blocks of a document as they will be written, shown on a page before export. */
export function DocumentPreview({ spec }: { spec: DocumentSpec }) {
  return (
    <article className="document-preview" aria-label={`Aperçu : ${spec.title}`}>
      {spec.letterhead ? <Address lines={spec.letterhead.lines} /> : null}
      {spec.recipient ? <Address lines={spec.recipient.lines} right /> : null}
      {spec.placeAndDate ? <p className="document-preview__right">{spec.placeAndDate}</p> : null}
      {spec.mentions?.map((mention) => (
        <p key={mention}>
          <strong>{mention}</strong>
        </p>
      ))}
      {spec.subject ? (
        <p>
          <strong>Objet : {spec.subject}</strong>
        </p>
      ) : null}
      {spec.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
      {spec.footer ? <footer className="document-preview__footer">{spec.footer}</footer> : null}
    </article>
  );
}

function Address({ lines, right = false }: { lines: string[]; right?: boolean }) {
  return (
    <div className={right ? 'document-preview__right' : undefined}>
      {lines.map((line, index) => (
        <div key={index}>{index === 0 ? <strong>{line}</strong> : line}</div>
      ))}
    </div>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? <h3>{block.text}</h3> : <h2>{block.text}</h2>;
    case 'paragraph': {
      const text = block.italic ? <em>{block.text}</em> : block.text;
      return (
        <p className={`align-${block.align ?? 'justify'}`}>
          {block.bold ? <strong>{text}</strong> : text}
        </p>
      );
    }
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table className="table">
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th
                  key={index}
                  className={block.numericColumns?.includes(index) ? 'numeric' : undefined}
                >
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...block.rows, ...(block.footer ? [block.footer] : [])].map((row, rowIndex) => (
              <tr
                key={rowIndex}
                className={rowIndex === block.rows.length ? 'table__total' : undefined}
              >
                {row.map((cell, index) => (
                  <td
                    key={index}
                    className={block.numericColumns?.includes(index) ? 'numeric' : undefined}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'fields':
      return (
        <dl className="details document-preview__fields">
          {block.rows.map(([label, value]) => (
            <div key={label} className="document-preview__field">
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      );
    case 'checkbox':
      return (
        <p>
          {block.checked ? '☒' : '☐'} {block.text}
        </p>
      );
    case 'spacer':
    case 'pageBreak':
      return <hr />;
    case 'signature':
      return (
        <div className="document-preview__right document-preview__signature">
          {block.lines.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      );
  }
}
