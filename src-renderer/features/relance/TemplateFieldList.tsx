import { TEMPLATE_FIELDS } from '../../../src-shared/relance/template-fields';

/** The fields a template may use, with what each prints. */
export function TemplateFieldList() {
  return (
    <section className="card template-fields" aria-labelledby="template-fields-title">
      <h2 id="template-fields-title">Champs disponibles</h2>
      <dl className="details">
        {Object.entries(TEMPLATE_FIELDS).map(([name, label]) => (
          <div key={name}>
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
