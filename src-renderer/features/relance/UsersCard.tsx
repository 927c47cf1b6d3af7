import { useState } from 'react';
import type { AppUser } from '../../../src-shared/domain/app-user';
import { callResult } from '../../api/client';
import { useCall } from '../../api/use-call';
import { useSubmit } from '../../api/use-submit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextInput } from '../../components/Field';

/** The people who use the app, named as the person in charge of debtors. */
export function UsersCard() {
  const users = useCall('users:list', {});
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const submission = useSubmit();
  const add = () =>
    void submission.submit(
      () => callResult('users:add', { input: { name, email: email.trim() || null, active: true } }),
      () => {
        setName('');
        setEmail('');
        users.reload();
      },
    );
  const toggle = (user: AppUser) =>
    void submission.submit(
      () =>
        callResult('users:update', {
          id: user.id,
          input: { name: user.name, email: user.email, active: !user.active },
        }),
      users.reload,
    );
  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Utilisateurs</h2>
      <ErrorBanner message={submission.message} />
      <ul className="collection__list">
        {(users.data ?? []).map((user) => (
          <li key={user.id}>
            {user.name}
            {user.email ? <span className="muted"> · {user.email}</span> : null}
            {user.active ? null : <span className="badge badge--warning">Inactif</span>}
            <button type="button" className="button button--small" onClick={() => toggle(user)}>
              {user.active ? 'Désactiver' : 'Réactiver'}
            </button>
          </li>
        ))}
      </ul>
      <div className="form__row">
        <Field label="Nom" name="userName" error={submission.fieldErrors.name}>
          <TextInput
            name="userName"
            value={name}
            onChange={setName}
            error={submission.fieldErrors.name}
          />
        </Field>
        <Field label="E-mail" name="userEmail" error={submission.fieldErrors.email}>
          <TextInput
            name="userEmail"
            value={email}
            onChange={setEmail}
            inputMode="email"
            error={submission.fieldErrors.email}
          />
        </Field>
        <button type="button" className="button" onClick={add} disabled={submission.busy}>
          Ajouter
        </button>
      </div>
    </section>
  );
}
