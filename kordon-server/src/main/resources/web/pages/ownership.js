// The Ownership page (#/ownership): who is caught by the 50% rule, with each entity's evidence path drawn.
import { api } from '../api.js';
import { h, append, clear } from '../dom.js';
import { ownershipGraph } from '../chart.js';
import { heading, field, input, value, problem, status, fileInto } from '../form.js';
import { csvRecords, atLine } from '../csv.js';

const REGIMES = [['ofac', 'OFAC (US): 50% or more, aggregated'], ['eu', 'EU: 50% or more, aggregated, plus control'],
  ['uk', 'UK: more than 50%, per person, plus control'], ['all', 'All three sanctions regimes'], ['bo', 'Beneficial ownership (AML, 25%)']];
const STAKES_EXAMPLE = 'owner_id,owned_id,share_min,share_max,type,start,end\nX3,A3,50,50,shareholding,,\nX3,B3,10,10,shareholding,,\n'
  + 'A3,B3,40,40,shareholding,,\n';

export function ownershipPage(main) {
  const out = h('div', { id: 'own-out', 'aria-live': 'polite' });
  const stakes = h('textarea', { id: 'o-stakes', name: 'o-stakes', rows: 7, 'aria-describedby': 'o-stakes-hint', spellcheck: 'false' });
  const listed = h('textarea', { id: 'o-listed', name: 'o-listed', rows: 7, 'aria-describedby': 'o-listed-hint', spellcheck: 'false' });
  const stakesFile = h('input', { id: 'o-stakes-file', type: 'file', accept: '.csv,text/csv', 'aria-label': 'Upload stakes.csv' });
  const listedFile = h('input', { id: 'o-listed-file', type: 'file', accept: '.csv,text/csv', 'aria-label': 'Upload listed.csv' });
  const names = { stakes: 'stakes.csv', listed: 'listed.csv' };
  const form = h('form', { id: 'own-form', class: 'form align-top' },
    h('div', { class: 'field half' }, h('label', { for: 'o-stakes' }, 'stakes.csv'), stakes, stakesFile,
      h('span', { class: 'hint', id: 'o-stakes-hint' },
        'Header owner_id,owned_id,share_min,share_max,type,start,end; shares in percent, empty when unknown; type shareholding, '
        + 'votingRights, appointmentOfBoard or otherInfluenceOrControl; ISO dates, empty when open.')),
    h('div', { class: 'field half' }, h('label', { for: 'o-listed' }, 'listed.csv'), listed, listedFile,
      h('span', { class: 'hint', id: 'o-listed-hint' }, 'Header with entity_id: the listed persons and companies.')),
    field('o-regime', 'Regime', h('select', { id: 'o-regime', name: 'o-regime' }, REGIMES.map(([v, t]) => h('option', { value: v }, t)))),
    field('o-asof', 'As of', input('o-asof', { type: 'date', 'aria-describedby': 'o-asof-hint' }), 'empty: today'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'own-button' }, 'Compute'), ' ',
      h('button', { type: 'button', id: 'own-example', class: 'secondary' }, 'Fill in an example')));
  for (const [f, ta, name] of [[stakesFile, stakes, 'stakes'], [listedFile, listed, 'listed']]) {
    f.addEventListener('change', async () => {
      if (f.files[0] && await fileInto(f.files[0], ta, out)) {
        names[name] = f.files[0].name;
      }
    });
    ta.addEventListener('input', () => {
      names[name] = name + '.csv';
    });
  }
  form.querySelector('#own-example').addEventListener('click', () => {
    stakes.value = STAKES_EXAMPLE;
    listed.value = 'entity_id\nX3\n';
    names.stakes = 'stakes.csv';
    names.listed = 'listed.csv';
  });
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    ownership(out, stakes.value, listed.value, names);
  });
  clear(main).append(heading('Ownership: who is caught by the 50% rule'), form, out);
}

/** stakes.csv records as the API's stake objects (empty cells left out: unknown share, open date). */
export function stakeObjects(records) {
  return records.map(({ cells: c }) => {
    const o = { owner_id: c.owner_id, owned_id: c.owned_id, type: c.type };
    for (const k of ['share_min', 'share_max', 'start', 'end']) {
      if (c[k]) {
        o[k] = c[k];
      }
    }
    return o;
  });
}

/** An error about stakes[i] or listed[i], told as the line and field of stakes.csv or listed.csv. */
export function ownershipError(e, names, stakes, listed) {
  return e.field && e.field.startsWith('stakes[') ? atLine(e, names.stakes, 'stakes', stakes)
    : e.field && e.field.startsWith('listed[') ? atLine(e, names.listed, 'listed', listed) : e;
}

async function ownership(out, stakesText, listedText, names) {
  let stakes;
  let listed;
  try {
    stakes = csvRecords(names.stakes, stakesText, ['owner_id', 'owned_id', 'type']);
    listed = csvRecords(names.listed, listedText, ['entity_id']);
  } catch (e) {
    problem(out, e);
    return;
  }
  const body = {
    stakes: stakeObjects(stakes),
    listed: listed.map(r => r.cells.entity_id),
    regime: value('o-regime')
  };
  if (value('o-asof')) {
    body.as_of = value('o-asof');
  }
  clear(out).appendChild(h('p', { class: 'muted' }, 'Computing…'));
  let answer;
  try {
    answer = await api('POST', '/ownership', body);
  } catch (e) {
    problem(out, ownershipError(e, names, stakes, listed));
    return;
  }
  const listedSet = new Set(body.listed);
  const picture = h('figure', { id: 'own-path' });
  const caught = answer.results.filter(r => r.status !== 'clear').length;
  const rows = answer.results.map((r, i) => {
    const tr = h('tr', {},
      h('td', {}, r.entity_id), h('td', {}, r.regime), h('td', {}, status(r.status)),
      h('td', {}, r.share_min === r.share_max ? r.share_min + '%' : r.share_min + '–' + r.share_max + '%'),
      h('td', { class: 'evidence' }, r.evidence || ''),
      h('td', {}, r.evidence ? h('button', { type: 'button', class: 'small', id: 'own-show-' + i, 'aria-controls': 'own-path' }, 'Show path') : ''));
    return { tr, r };
  });
  const select = ({ tr, r }) => {
    rows.forEach(x => x.tr.classList.remove('selected'));
    tr.classList.add('selected');
    append(clear(picture), [
      h('figcaption', {}, 'Evidence path for ', h('strong', {}, r.entity_id), ' under ' + r.regime.toUpperCase() + ' (' + r.status
        + ', listed-owned ' + r.share_min + (r.share_min === r.share_max ? '' : '–' + r.share_max) + '%). '
        + 'Dark red: listed; dashed: blocked intermediary; blue border: the entity.'),
      ownershipGraph(r.evidence, listedSet, r.entity_id, r.status),
      h('p', { class: 'evidence' }, r.evidence),
      /; \+\d+ more$/.test(r.evidence) ? h('p', { class: 'muted' }, 'Only the paths named in the evidence are drawn; the server '
        + 'names the first few and counts the rest ("more").') : null]);
  };
  rows.forEach(x => {
    const b = x.tr.querySelector('button');
    if (b) {
      b.addEventListener('click', () => select(x));
    }
  });
  clear(out).append(
    h('h2', {}, answer.results.length + ' unlisted entit' + (answer.results.length === 1 ? 'y' : 'ies') + ' as of ' + answer.as_of
      + ': ' + caught + ' not clear'),
    h('table', { class: 'grid', id: 'own-results' },
      h('thead', {}, h('tr', {}, ['Entity', 'Regime', 'Status', 'Listed-owned share', 'Evidence', 'Picture'].map(t => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map(x => x.tr))),
    picture);
  const first = rows.find(x => x.r.evidence && x.r.status === 'blocked') || rows.find(x => x.r.evidence);
  if (first) {
    select(first);
  }
}
