// The page's router: #/screen, #/entity/<id>, #/alerts?..., #/alert/<id>, #/lists?from=&to=, #/batch, #/scan,
// #/ownership, #/vessel/<imo>?as_of=, #/shipments, #/payments, #/judgements.
import { apiKey, analyst, saveCredentials } from './api.js';
import { screenPage } from './pages/screen.js';
import { entityPage } from './pages/entity.js';
import { alertsPage } from './pages/alerts.js';
import { alertPage } from './pages/alert.js';
import { listsPage } from './pages/lists.js';
import { batchPage } from './pages/batch.js';
import { scanPage } from './pages/scan.js';
import { ownershipPage } from './pages/ownership.js';
import { vesselPage } from './pages/vessel.js';
import { shipmentsPage } from './pages/shipments.js';
import { paymentsPage } from './pages/payments.js';
import { judgementsPage } from './pages/judgements.js';

const main = document.getElementById('main');

function route() {
  const hash = location.hash || '#/screen';
  const [path, query] = hash.substring(1).split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = parts[0] || 'screen';
  for (const a of document.querySelectorAll('nav a')) {
    const current = a.dataset.page === page || (page === 'alert' && a.dataset.page === 'alerts')
      || (page === 'judgements' && a.dataset.page === 'lists');
    if (current) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  }
  let done;
  switch (page) {
    case 'entity': done = entityPage(main, parts.slice(1).join('/')); break;
    case 'alerts': done = alertsPage(main, params); break;
    case 'alert': done = alertPage(main, parts[1]); break;
    case 'lists': done = listsPage(main, params); break;
    case 'batch': done = batchPage(main); break;
    case 'scan': done = scanPage(main); break;
    case 'ownership': done = ownershipPage(main); break;
    case 'vessel': done = vesselPage(main, parts[1] || '', params); break;
    case 'shipments': done = shipmentsPage(main); break;
    case 'payments': done = paymentsPage(main); break;
    case 'judgements': done = judgementsPage(main); break;
    default: done = screenPage(main);
  }
  document.title = 'Kordon · ' + page;
  Promise.resolve(done).then(() => {
    const h1 = main.querySelector('h1');
    if (h1 && (document.activeElement === document.body || document.activeElement === main)) {
      h1.focus();
    }
    document.body.dataset.ready = page;
  });
}

function keyForm() {
  const form = document.getElementById('key-form');
  const key = document.getElementById('api-key');
  const who = document.getElementById('analyst');
  const state = document.getElementById('key-state');
  key.value = apiKey();
  who.value = analyst();
  state.textContent = apiKey() ? 'key set for this tab' : 'no key';
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    saveCredentials(key.value.trim(), who.value.trim());
    state.textContent = apiKey() ? 'key set for this tab' : 'no key';
    route();
  });
}

keyForm();
window.addEventListener('hashchange', () => {
  document.body.dataset.ready = '';
  main.focus();
  route();
});
route();
