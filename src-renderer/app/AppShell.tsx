import type { AppInfo, OpenFileInfo } from '../../src-shared/domain/workspace';
import { CompanyPage } from '../features/company/CompanyPage';
import { DebtorEditPage } from '../features/debtors/DebtorEditPage';
import { DebtorFilePage } from '../features/debtors/DebtorFilePage';
import { DebtorListPage } from '../features/debtors/DebtorListPage';
import { routeHash, useRoute, type Route } from './route';

interface AppShellProps {
  file: OpenFileInfo;
  info: AppInfo;
  onChangeFile: () => void;
  onFileChanged: (file: OpenFileInfo) => void;
}

const SECTIONS: { label: string; route: Route; matches: Route['screen'][] }[] = [
  {
    label: 'Débiteurs',
    route: { screen: 'debtors' },
    matches: ['debtors', 'debtor', 'debtorNew', 'debtorEdit'],
  },
  { label: 'Mon entreprise', route: { screen: 'company' }, matches: ['company'] },
];

/** The sidebar with the app's sections, and the current section's screen. */
export function AppShell({ file, info, onChangeFile, onFileChanged }: AppShellProps) {
  const route = useRoute();
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Sections">
        <div className="sidebar__brand">Recouvra</div>
        <div className="sidebar__file" title={file.path}>
          <strong>{file.companyName}</strong>
          <span>{file.name}</span>
          {file.readOnly ? <span className="badge badge--warning">Lecture seule</span> : null}
        </div>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.label}>
              <a
                href={routeHash(section.route)}
                aria-current={section.matches.includes(route.screen) ? 'page' : undefined}
              >
                {section.label}
              </a>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button--ghost sidebar__switch"
          onClick={onChangeFile}
        >
          Changer de dossier
        </button>
        <p className="sidebar__version">Version {info.version}</p>
      </nav>
      <main className="content">
        {file.readOnly ? (
          <div className="banner banner--warning" role="status">
            Ce dossier est ouvert en lecture seule : vous pouvez le consulter, pas le modifier.
          </div>
        ) : null}
        <Screen route={route} today={info.today} onFileChanged={onFileChanged} />
      </main>
    </div>
  );
}

function Screen({
  route,
  today,
  onFileChanged,
}: {
  route: Route;
  today: string;
  onFileChanged: (file: OpenFileInfo) => void;
}) {
  switch (route.screen) {
    case 'debtors':
      return <DebtorListPage />;
    case 'debtorNew':
      return <DebtorEditPage debtorId={null} />;
    case 'debtorEdit':
      return <DebtorEditPage debtorId={route.id} />;
    case 'debtor':
      return <DebtorFilePage debtorId={route.id} today={today} />;
    case 'company':
      return <CompanyPage onSaved={onFileChanged} />;
  }
}
