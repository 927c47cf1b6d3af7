import type { AppInfo, OpenFileInfo } from '../../src-shared/domain/workspace';
import { CompanyPage } from '../features/company/CompanyPage';
import { DebtorEditPage } from '../features/debtors/DebtorEditPage';
import { DebtorFilePage } from '../features/debtors/DebtorFilePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DebtorListPage } from '../features/debtors/DebtorListPage';
import { RiskMapPage } from '../features/risk/RiskMapPage';
import { CasePage } from '../features/legal/CasePage';
import { ContentieuxPage } from '../features/legal/ContentieuxPage';
import { InjonctionPage } from '../features/legal/InjonctionPage';
import { LegalSettingsPage } from '../features/legal/LegalSettingsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ImportExportPage } from '../features/import-export/ImportExportPage';
import { ReadOnlyBanner } from '../features/file-sharing/ReadOnlyBanner';
import { useFileWatch } from '../features/file-sharing/use-file-watch';
import { AgendaPage } from '../features/relance/AgendaPage';
import { RelanceSettingsPage } from '../features/relance/RelanceSettingsPage';
import { CurrentUserPicker } from '../features/session/CurrentUserPicker';
import { routeHash, useRoute, type Route } from './route';

interface AppShellProps {
  file: OpenFileInfo;
  info: AppInfo;
  onChangeFile: () => void;
  onFileChanged: (file: OpenFileInfo) => void;
}

const SECTIONS: { label: string; route: Route; matches: Route['screen'][] }[] = [
  { label: 'Tableau de bord', route: { screen: 'dashboard' }, matches: ['dashboard'] },
  { label: 'À faire', route: { screen: 'agenda' }, matches: ['agenda'] },
  {
    label: 'Débiteurs',
    route: { screen: 'debtors' },
    matches: ['debtors', 'debtor', 'debtorNew', 'debtorEdit', 'injonction'],
  },
  { label: 'Contentieux', route: { screen: 'cases' }, matches: ['cases', 'case'] },
  { label: 'Cartographie du risque', route: { screen: 'riskMap' }, matches: ['riskMap'] },
  { label: 'Mon entreprise', route: { screen: 'company' }, matches: ['company'] },
  { label: 'Plans de relance', route: { screen: 'relanceSettings' }, matches: ['relanceSettings'] },
  { label: 'Réglages juridiques', route: { screen: 'legalSettings' }, matches: ['legalSettings'] },
  { label: 'Import / Export', route: { screen: 'importExport' }, matches: ['importExport'] },
  { label: 'Sauvegardes', route: { screen: 'backups' }, matches: ['backups', 'accountant'] },
];

/** The sidebar with the app's sections, and the current section's screen. */
export function AppShell({ file, info, onChangeFile, onFileChanged }: AppShellProps) {
  const route = useRoute();
  useFileWatch(file, onFileChanged);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Sections">
        <div className="sidebar__brand">Recouvra</div>
        <div className="sidebar__file" title={file.path}>
          <strong>{file.companyName}</strong>
          <span>{file.name}</span>
          {file.readOnly ? <span className="badge badge--warning">Lecture seule</span> : null}
        </div>
        <CurrentUserPicker key={file.path} />
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
        <ReadOnlyBanner file={file} onFileChanged={onFileChanged} />
        <Screen route={route} file={file} info={info} onFileChanged={onFileChanged} />
      </main>
    </div>
  );
}

function Screen({
  route,
  file,
  info,
  onFileChanged,
}: {
  route: Route;
  file: OpenFileInfo;
  info: AppInfo;
  onFileChanged: (file: OpenFileInfo) => void;
}) {
  const today = info.today;
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
    case 'agenda':
      return <AgendaPage today={today} readOnly={file.readOnly} />;
    case 'relanceSettings':
      return <RelanceSettingsPage />;
    case 'dashboard':
      return <DashboardPage today={today} />;
    case 'riskMap':
      return <RiskMapPage today={today} />;
    case 'injonction':
      return <InjonctionPage debtorId={route.id} />;
    case 'cases':
      return <ContentieuxPage />;
    case 'case':
      return <CasePage caseId={route.id} today={today} />;
    case 'legalSettings':
      return <LegalSettingsPage today={today} />;
    case 'importExport':
      return <ImportExportPage info={info} />;
    case 'backups':
    case 'accountant':
      return (
        <BackupsPage
          file={file}
          info={info}
          focusAccountant={route.screen === 'accountant'}
          onFileChanged={onFileChanged}
        />
      );
  }
}
