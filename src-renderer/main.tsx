import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// The stylesheets in cascade order: shared foundations first, then one per feature.
import './styles/base.css';
import './styles/controls.css';
import './styles/debtors.css';
import './styles/legal.css';
import './styles/dashboard.css';
import './styles/risk.css';
import './styles/backups.css';
import './styles/import-export.css';
import './styles/relance.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
