// The Shipments page (#/shipments): shipments typed in or uploaded as CSV (with optional ownership data), screened;
// findings per shipment.
import { api } from '../api.js';
import { h, append, clear, table, link, entityHref } from '../dom.js';
import { stakeObjects, ownershipError } from './ownership.js';
import { heading, field, input, value, problem, status } from '../form.js';
import { csvRecords, atLine } from '../csv.js';

const SHIPMENT_FIELDS = [
  ['id', 'Shipment ID', 20], ['date', 'Date', 10, 'YYYY-MM-DD'], ['exporter', 'Exporter', 26], ['exporter_country', 'Exporter country', 3, 'e.g. DE'],
  ['consignee', 'Consignee', 26], ['consignee_country', 'Consignee country', 3], ['end_user', 'End user', 26], ['end_user_country', 'End user country', 3],
  ['notify_party', 'Notify party', 26], ['destination_country', 'Destination', 3], ['transit_countries', 'Transit countries', 12, 'e.g. GE;AM'],
  ['hs_code', 'HS code', 14, 'e.g. 8542.31'], ['description', 'Description', 30], ['value', 'Value', 10], ['currency', 'Currency', 4]];
const SEVERITY = { high: 0, medium: 1, low: 2 };

export function shipmentsPage(main) {
  const out = h('div', { id: 'ship-out', 'aria-live': 'polite' });
  const form = h('form', { id: 'ship-form', class: 'form' },
    SHIPMENT_FIELDS.map(([name, label, size, hint]) => field('sh-' + name, label,
      input('sh-' + name, { size, maxlength: name === 'description' ? 1000 : 300, value: name === 'id' ? 'S-1' : null, 'aria-describedby': hint ? 'sh-' + name + '-hint' : null }), hint)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'ship-button' }, 'Screen shipment')));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const s = {};
    for (const [name] of SHIPMENT_FIELDS) {
      if (value('sh-' + name)) {
        s[name] = value('sh-' + name);
      }
    }
    if (!s.id) {
      problem(out, new Error('Enter a shipment ID.'));
      return;
    }
    screenShipments(out, [{ line: 0, shipment: s }], null);
  });
  const fileForm = h('form', { id: 'ship-file-form', class: 'form' },
    field('sh-file', 'shipments.csv', h('input', { id: 'sh-file', type: 'file', accept: '.csv,text/csv', required: true, 'aria-describedby': 'sh-file-hint' }),
      'UTF-8 with a header; id required; any of the fields above as columns (as kordon shipments screen --input).'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'ship-file-button' }, 'Upload and screen')));
  fileForm.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('sh-file').files[0];
    if (!file) {
      return;
    }
    let items;
    try {
      items = csvRecords(file.name, await file.text(), ['id']).map(r => {
        const s = {};
        for (const [name] of SHIPMENT_FIELDS) {
          if (r.cells[name]) {
            s[name] = r.cells[name];
          }
        }
        return { line: r.line, shipment: s };
      });
    } catch (e) {
      problem(out, e);
      return;
    }
    screenShipments(out, items, file.name);
  });
  const ownershipData = h('details', { class: 'form', id: 'sh-ownership' },
    h('summary', {}, 'Ownership data (optional): parties owned by listed entities'),
    h('div', { class: 'field half' }, h('label', { for: 'sh-stakes' }, 'stakes.csv'),
      h('textarea', { id: 'sh-stakes', rows: 4, spellcheck: 'false', 'aria-describedby': 'sh-stakes-hint' }),
      h('span', { class: 'hint', id: 'sh-stakes-hint' }, 'As on the Ownership page; a party is found when a node id is its name.')),
    h('div', { class: 'field half' }, h('label', { for: 'sh-listed' }, 'listed.csv (optional)'),
      h('textarea', { id: 'sh-listed', rows: 4, spellcheck: 'false', 'aria-describedby': 'sh-listed-hint' }),
      h('span', { class: 'hint', id: 'sh-listed-hint' }, 'entity_id header; added to the ids of the lists loaded.')));
  clear(main).append(heading('Screen shipments'), form, h('h2', {}, 'Or upload a CSV of shipments'), fileForm, ownershipData, out);
}

/** The optional stakes and listed ids of the Shipments page, or null when none were given. */
function shipmentOwnership() {
  const stakesText = document.getElementById('sh-stakes').value;
  const listedText = document.getElementById('sh-listed').value;
  if (!stakesText.trim()) {
    if (listedText.trim()) {
      throw new Error('listed.csv needs stakes.csv (the ownership data the listed ids apply to)');
    }
    return null;
  }
  const stakes = csvRecords('stakes.csv', stakesText, ['owner_id', 'owned_id', 'type']);
  const listed = listedText.trim() ? csvRecords('listed.csv', listedText, ['entity_id']) : [];
  return { stakes, listed };
}

async function screenShipments(out, items, fileName) {
  let owners;
  try {
    owners = shipmentOwnership();
  } catch (e) {
    problem(out, e);
    return;
  }
  clear(out).appendChild(h('p', { class: 'muted', role: 'status' }, 'Screening ' + items.length + ' shipment(s)…'));
  const results = [];
  for (let i = 0; i < items.length; i += 100) {
    const part = items.slice(i, i + 100);
    const body = { shipments: part.map(p => p.shipment) };
    if (owners) {
      body.stakes = stakeObjects(owners.stakes);
      if (owners.listed.length) {
        body.listed = owners.listed.map(r => r.cells.entity_id);
      }
    }
    try {
      const answer = await api('POST', '/shipments/screen', body);
      results.push(...answer.results);
    } catch (e) {
      const err = owners && e.field && /^(stakes|listed)\[/.test(e.field)
        ? ownershipError(e, { stakes: 'stakes.csv', listed: 'listed.csv' }, owners.stakes, owners.listed)
        : fileName ? atLine(e, fileName, 'shipments', part)
        : e.field && e.field.startsWith('shipments[0].') ? new Error(e.field.substring(13) + ': ' + e.message.replace(/^[\w\[\].]+: /, '')) : e;
      problem(out, err);
      return;
    }
  }
  const withFindings = results.filter(r => r.findings.length > 0);
  const total = withFindings.reduce((n, r) => n + r.findings.length, 0);
  const high = withFindings.reduce((n, r) => n + r.findings.filter(f => f.severity === 'high').length, 0);
  append(clear(out), [
    h('h2', { id: 'ship-summary' }, results.length + ' shipment(s), ' + withFindings.length + ' with findings: ' + total + ' finding(s), ' + high + ' high'),
    withFindings.map(r => {
      const findings = [...r.findings].sort((a, b) => (SEVERITY[a.severity] ?? 3) - (SEVERITY[b.severity] ?? 3));
      const worst = findings[0].severity;
      return h('section', { class: 'shipment', 'data-shipment': r.shipment_id },
        h('h3', {}, 'Shipment ', r.shipment_id, ' ', status(worst)),
        table(null, ['Finding', 'Severity', 'Party', 'Listed entity', 'HS-6', 'Detail'], findings.map(f => [
          f.finding, status(f.severity), f.party ? f.party.replace(/_/g, ' ') : '', f.entity_id ? link(entityHref(f.entity_id), f.entity_id) : '',
          f.hs6, f.detail]), 'grid findings'));
    }),
    results.length > withFindings.length
      ? h('p', {}, 'Nothing found for: ' + results.filter(r => r.findings.length === 0).map(r => r.shipment_id).join(', ') + '.') : null]);
}
