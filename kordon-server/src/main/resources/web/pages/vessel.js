// The Vessel page (#/vessel/<imo>?as_of=): listings, shadow-fleet indicators and history of one vessel (with its
// timeline), and a vessel screened by IMO, name and flag.
import { api, q } from '../api.js';
import { h, clear, table, fields, link, entityHref, score, entityNames, programmesOf } from '../dom.js';
import { vesselTimeline } from '../chart.js';
import { heading, field, input, value, problem } from '../form.js';

/** The 7 digits of an IMO ship number ("IMO 9256858", "9256858", "imo:9256858"), or an error text. */
export function imoNumber(text) {
  const m = /^\s*(?:imo\s*:?\s*)?(\d{7})\s*$/i.exec(text);
  if (!m) {
    return { error: 'an IMO number is 7 digits, e.g. 9256858 or IMO 9256858' };
  }
  const d = m[1];
  let sum = 0;
  for (let i = 0; i < 6; i++) {
    sum += Number(d[i]) * (7 - i);
  }
  if (sum % 10 !== Number(d[6])) {
    return { error: "invalid IMO number '" + d + "': check digit is " + (sum % 10) + ', not ' + d[6] };
  }
  return { imo: d };
}

export async function vesselPage(main, imo, params) {
  const out = h('div', { id: 'vessel-out', 'aria-live': 'polite' });
  const imoInput = input('v-imo', { maxlength: 20, size: 14, autocomplete: 'off', 'aria-describedby': 'v-imo-hint v-imo-error', value: imo });
  const imoError = h('span', { id: 'v-imo-error', class: 'hint', role: 'alert' });
  const form = h('form', { id: 'vessel-form', class: 'form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'v-imo' }, 'IMO number'), imoInput,
      h('span', { class: 'hint', id: 'v-imo-hint' }, '9256858, IMO 9256858 or imo:9256858'), imoError),
    field('v-asof', 'As of', input('v-asof', { type: 'date', value: params.get('as_of') || '', 'aria-describedby': 'v-asof-hint' }), 'empty: today'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'vessel-button' }, 'Show')));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const r = imoNumber(imoInput.value);
    if (r.error) {
      imoInput.setAttribute('aria-invalid', 'true');
      imoError.textContent = r.error;
      imoError.className = 'error';
      imoInput.focus();
      return;
    }
    const target = '#/vessel/' + r.imo + q({ as_of: value('v-asof') });
    if (location.hash === target) {
      showVessel(out, r.imo, value('v-asof'));
    } else {
      location.hash = target;
    }
  });
  const screenOut = h('div', { id: 'vscreen-out', 'aria-live': 'polite' });
  const screenForm = h('form', { id: 'vscreen-form', class: 'form' },
    field('vs-imo', 'IMO', input('vs-imo', { maxlength: 20, size: 12 })),
    field('vs-name', 'Name', input('vs-name', { maxlength: 200 })),
    field('vs-flag', 'Flag', input('vs-flag', { maxlength: 2, size: 3, 'aria-describedby': 'vs-flag-hint' }), 'ISO code, e.g. pa'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'vscreen-button' }, 'Screen')));
  screenForm.addEventListener('submit', ev => {
    ev.preventDefault();
    screenVessel(screenOut);
  });
  clear(main).append(heading('Vessel by IMO number'), form, out,
    h('h2', {}, 'Screen a vessel by IMO, name and flag'), screenForm, screenOut);
  if (imo) {
    const r = imoNumber(imo);
    if (r.error) {
      problem(out, new Error(r.error));
    } else {
      await showVessel(out, r.imo, params.get('as_of') || '');
    }
  }
}

const EVENT_KINDS = { name: 'Name', flag: 'Flag', registered_owner: 'Registered owner', ism_manager: 'ISM manager',
  ship_manager: 'Ship manager', owner_as_listed: 'Owner (as listed)', listed: 'Listing', uninsured: 'No known P&I insurance' };

function period(from, to) {
  if (from && to) {
    return '(' + from + ' to ' + to + ')';
  }
  return from ? '(since ' + from + ')' : to ? '(until ' + to + ')' : '';
}

async function showVessel(out, imo, asOf) {
  clear(out).appendChild(h('p', { class: 'muted' }, 'Loading IMO ' + imo + '… (the first call builds the vessel index)'));
  try {
    const v = await api('GET', '/vessels/' + imo + q({ as_of: asOf }));
    const names = v.history.filter(e => e.kind === 'name' && !e.to).map(e => e.value);
    const current = names[0] || (v.listed[0] ? v.listed[0].caption : '');
    clear(out).append(
      h('h2', { id: 'vessel-title' }, 'IMO ' + v.imo + (current ? ' · ' + current : '')),
      fields([['Built', v.build_year ? String(v.build_year) : 'unknown'], ['As of', v.as_of],
        ['Listed', v.listed.length ? v.listed.length + ' listing(s)' : 'not on any list loaded']]),
      h('h2', {}, 'Listings'),
      v.listed.length === 0 ? h('p', {}, 'Not on any list loaded.')
        : table(null, ['Listed entity', 'List', 'Programmes', 'Names', 'Flag'], v.listed.map(e => [
          link(entityHref(e.id), e.caption), e.datasets.join(', '), programmesOf(e).join(', '),
          entityNames(e).join('; '), ((e.properties || {}).flag || []).join(', ')]), 'grid listings'),
      h('h2', {}, 'Shadow-fleet indicators'),
      v.indicators.length === 0 ? h('p', { id: 'indicators' }, 'None raised.')
        : h('ul', { class: 'indicators', id: 'indicators' }, v.indicators.map(i => h('li', {},
          h('strong', {}, i.title), ' ', h('span', { class: 'muted' }, period(i.from, i.to)), ': ', i.evidence))),
      h('h2', {}, 'History'),
      v.history.some(e => e.from) ? h('figure', {}, vesselTimeline(v.history, v.as_of),
        h('figcaption', {}, 'One lane per kind; each bar from its first to its last day, open periods up to the as-of date (dashed line).'))
        : h('p', { class: 'muted' }, 'No dated history (vessel data holds none for this IMO); the entries the lists give are below.'),
      v.history.length === 0 ? h('p', {}, 'No history recorded.')
        : table(v.history.length + ' entr' + (v.history.length === 1 ? 'y' : 'ies'), ['Kind', 'Value', 'Reference', 'From', 'To', 'Source'],
          v.history.map(e => [EVENT_KINDS[e.kind] || e.kind, e.value, e.reference || '', e.from || '', e.to || (e.from ? 'present' : ''), e.source]),
          'grid small history'));
  } catch (e) {
    problem(out, e);
  }
}

async function screenVessel(out) {
  const vessel = { id: 'web' };
  if (value('vs-imo')) {
    const r = imoNumber(value('vs-imo'));
    if (r.error) {
      problem(out, new Error('IMO: ' + r.error));
      return;
    }
    vessel.imo = r.imo;
  }
  if (value('vs-name')) {
    vessel.name = value('vs-name');
  }
  if (value('vs-flag')) {
    vessel.flag = value('vs-flag');
  }
  if (!vessel.imo && !vessel.name) {
    problem(out, new Error('Enter an IMO number or a name.'));
    return;
  }
  clear(out).appendChild(h('p', { class: 'muted' }, 'Screening…'));
  try {
    const answer = await api('POST', '/vessels/screen', { vessels: [vessel], top: 10 });
    const matches = answer.results[0].matches;
    clear(out).append(matches.length === 0 ? h('p', {}, 'No listed vessel matches.')
      : table(matches.length + ' match(es)', ['Rank', 'Listed entity', 'Score', 'Matched name', 'Matched by', 'Explanation'],
        matches.map(m => [String(m.rank), link(entityHref(m.entity_id), m.entity_id), score(m.score), m.matched_name, m.matched_by, m.explanation])));
  } catch (e) {
    problem(out, e.field && e.field.startsWith('vessels[0].') ? new Error(e.field.substring(11) + ': ' + e.message.replace(/^[\w\[\].]+: /, '')) : e);
  }
}
