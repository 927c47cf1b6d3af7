import { useState } from 'react';
import type { PasswordStorage, SmtpSettings } from '../../../src-shared/relance/smtp-settings';
import { call, callResult } from '../../api/client';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';

const STORAGE_SENTENCES: Record<PasswordStorage, string> = {
  chiffre: 'Il y est chiffré par le trousseau du système.',
  fichier_protege:
    'Il y est enregistré en clair dans un fichier que seul votre compte peut lire (droits 0600), ' +
    'faute de trousseau du système (version navigateur ou ligne de commande).',
};

/** The SMTP account relance e-mails are sent through; without one they are prepared as drafts. */
export function SmtpCard(props: {
  smtp: SmtpSettings | null;
  passwordStorage: PasswordStorage;
  onSaved: () => void;
}) {
  const [host, setHost] = useState(props.smtp?.host ?? '');
  const [port, setPort] = useState(String(props.smtp?.port ?? 587));
  const [secure, setSecure] = useState(props.smtp?.secure ?? false);
  const [user, setUser] = useState(props.smtp?.user ?? '');
  const [password, setPassword] = useState('');
  const [from, setFrom] = useState(props.smtp?.from ?? '');
  const submission = useSubmit();
  const errors = submission.fieldErrors;
  const save = () =>
    void submission.submit(
      () =>
        callResult('smtp:save', {
          host,
          port: Number(port.trim() || 'x'),
          secure,
          user: user.trim() || null,
          password: password === '' ? null : password,
          from,
        }),
      () => {
        setPassword('');
        props.onSaved();
      },
    );
  return (
    <section className="card" aria-labelledby="smtp-title">
      <h2 id="smtp-title">Envoi des e-mails (SMTP)</h2>
      <p className="muted">
        {props.smtp
          ? `Compte configuré : les e-mails peuvent être envoyés directement depuis ` +
            `${props.smtp.from}.`
          : 'Aucun compte : les e-mails sont préparés en brouillons (.eml) à ouvrir dans votre ' +
            'messagerie.'}
      </p>
      <p className="field__hint" data-testid="smtp-password-storage">
        Le mot de passe reste sur cet ordinateur uniquement, hors du dossier (.sqlite) : ni les
        sauvegardes ni l’envoi au comptable ne le contiennent, et il sera redemandé si le dossier
        est ouvert sur un autre ordinateur. {STORAGE_SENTENCES[props.passwordStorage]}
      </p>
      {props.smtp?.user && !props.smtp.hasPassword ? (
        <p className="banner banner--warning" role="status">
          Aucun mot de passe n’est enregistré sur cet ordinateur pour ce compte : saisissez-le
          ci-dessous pour envoyer les e-mails d’ici.
        </p>
      ) : null}
      <ErrorBanner message={submission.message} />
      <div className="form">
        <div className="form__row">
          <Field label="Serveur SMTP" name="smtpHost" error={errors.host}>
            <TextInput
              name="smtpHost"
              value={host}
              onChange={setHost}
              placeholder="smtp.votre-fournisseur.fr"
              error={errors.host}
            />
          </Field>
          <Field label="Port" name="smtpPort" error={errors.port}>
            <TextInput
              name="smtpPort"
              value={port}
              onChange={setPort}
              inputMode="numeric"
              error={errors.port}
            />
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
          Connexion chiffrée dès le départ (SSL/TLS, port 465)
        </label>
        <div className="form__row">
          <Field label="Identifiant" name="smtpUser">
            <TextInput name="smtpUser" value={user} onChange={setUser} />
          </Field>
          <Field
            label={
              props.smtp?.hasPassword
                ? 'Mot de passe (laisser vide pour le garder)'
                : 'Mot de passe'
            }
            name="smtpPassword"
          >
            <input
              id="smtpPassword"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
            />
          </Field>
        </div>
        <Field label="Adresse d’expédition" name="smtpFrom" error={errors.from}>
          <TextInput
            name="smtpFrom"
            value={from}
            onChange={setFrom}
            placeholder="Comptabilité <compta@votre-entreprise.fr>"
            error={errors.from}
          />
        </Field>
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={save}
            disabled={submission.busy}
          >
            Enregistrer le compte
          </button>
          {props.smtp ? (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => void call('smtp:clear', {}).then(props.onSaved)}
            >
              Supprimer le compte
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
