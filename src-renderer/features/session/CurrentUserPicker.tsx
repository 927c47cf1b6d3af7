import { useState } from 'react';
import { ApiError, call } from '../../api/client';
import { useCall } from '../../api/use-call';

/**
 * Who works at this machine, in the sidebar: every relance, call and change
 * is signed with this name. The choice is kept on this computer, per file.
 */
export function CurrentUserPicker() {
  const users = useCall('users:list', {});
  const current = useCall('session:currentUser', {});
  const [problem, setProblem] = useState<string | null>(null);
  const active = (users.data ?? []).filter((user) => user.active);
  if (!current.data) return null;

  const choose = (value: string) => {
    setProblem(null);
    call('session:chooseUser', { userId: value ? Number(value) : null }).then(
      () => current.reload(),
      (error: unknown) =>
        setProblem(error instanceof ApiError ? error.message : 'Erreur inattendue.'),
    );
  };

  return (
    <div className="sidebar__user">
      <label htmlFor="current-user">Vous êtes</label>
      <select
        id="current-user"
        value={current.data.user ? String(current.data.user.id) : ''}
        onFocus={users.reload}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">{current.data.fallbackName} (session de l’ordinateur)</option>
        {active.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </select>
      {problem ? (
        <p className="sidebar__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
