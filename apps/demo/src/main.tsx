import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './shell.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// StrictMode on purpose: the journeys count requests and must see exactly one create per page.
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
