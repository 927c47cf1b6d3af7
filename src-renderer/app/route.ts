import { useEffect, useState } from 'react';

/** The screens of the app, addressed by the URL hash so Back and reload work everywhere. */
export type Route =
  | { screen: 'debtors' }
  | { screen: 'debtorNew' }
  | { screen: 'debtor'; id: number }
  | { screen: 'debtorEdit'; id: number }
  | { screen: 'company' }
  | { screen: 'dashboard' }
  | { screen: 'riskMap' }
  | { screen: 'injonction'; id: number }
  | { screen: 'cases' }
  | { screen: 'case'; id: number }
  | { screen: 'legalSettings' }
  | { screen: 'backups' }
  | { screen: 'importExport' }
  | { screen: 'accountant' }
  | { screen: 'agenda' }
  | { screen: 'relanceSettings' };

/** Reads a route from a hash such as `#/debiteurs/12`. Unknown hashes lead to the debtor list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [section, id, action] = parts;
  if (section === 'entreprise') return { screen: 'company' };
  if (section === 'a-faire') return { screen: 'agenda' };
  if (section === 'plans-de-relance') return { screen: 'relanceSettings' };
  if (section === 'tableau-de-bord') return { screen: 'dashboard' };
  if (section === 'import-export') return { screen: 'importExport' };
  if (section === 'risques') return { screen: 'riskMap' };
  if (section === 'reglages-juridiques') return { screen: 'legalSettings' };
  if (section === 'sauvegardes') {
    return id === 'envoi-comptable' ? { screen: 'accountant' } : { screen: 'backups' };
  }
  if (section === 'contentieux') {
    return id && /^\d+$/.test(id) ? { screen: 'case', id: Number(id) } : { screen: 'cases' };
  }
  if (section === 'debiteurs' && id && /^\d+$/.test(id) && action === 'injonction') {
    return { screen: 'injonction', id: Number(id) };
  }
  if (section === 'debiteurs' && id === 'nouveau') return { screen: 'debtorNew' };
  if (section === 'debiteurs' && id && /^\d+$/.test(id)) {
    return action === 'modifier'
      ? { screen: 'debtorEdit', id: Number(id) }
      : { screen: 'debtor', id: Number(id) };
  }
  return { screen: 'debtors' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'debtors':
      return '#/debiteurs';
    case 'debtorNew':
      return '#/debiteurs/nouveau';
    case 'debtor':
      return `#/debiteurs/${route.id}`;
    case 'debtorEdit':
      return `#/debiteurs/${route.id}/modifier`;
    case 'company':
      return '#/entreprise';
    case 'agenda':
      return '#/a-faire';
    case 'relanceSettings':
      return '#/plans-de-relance';
    case 'dashboard':
      return '#/tableau-de-bord';
    case 'riskMap':
      return '#/risques';
    case 'injonction':
      return `#/debiteurs/${route.id}/injonction`;
    case 'cases':
      return '#/contentieux';
    case 'case':
      return `#/contentieux/${route.id}`;
    case 'legalSettings':
      return '#/reglages-juridiques';
    case 'backups':
      return '#/sauvegardes';
    case 'importExport':
      return '#/import-export';
    case 'accountant':
      return '#/sauvegardes/envoi-comptable';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
