import { useEffect, useState } from 'react';

/** The screens of the app, addressed by the URL hash so Back and reload work everywhere. */
export type Route =
  | { screen: 'debtors' }
  | { screen: 'debtorNew' }
  | { screen: 'debtor'; id: number }
  | { screen: 'debtorEdit'; id: number }
  | { screen: 'company' };

/** Reads a route from a hash such as `#/debiteurs/12`. Unknown hashes lead to the debtor list. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [section, id, action] = parts;
  if (section === 'entreprise') return { screen: 'company' };
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
