// The five pages. Each render function fills `main` and returns when its data is shown.
import { api, q, analyst } from './api.js';
import { h, clear, table, fields, link, entityHref, score, bestName, highlight, entityNames, programmesOf, ageText, when }
  from './dom.js';
import { additionsRemovalsChart } from './chart.js';

const SCHEMAS = ['Person', 'Company', 'Organization', 'Vessel', 'Aircraft'];

function heading(text) {
  return h('h1', { tabindex: '-1' }, text);
}

function field(id, label, input, hint) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    input,
    hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null);
}

function input(id, attrs) {
  return h('input', Object.assign({ id, name: id, type: 'text' }, attrs || {}));
}

function value(id) {
  const el = document.getElementById(id);
  return el ? el.value.trim() : '';
}

export function problem(where, err) {
  const text = err && err.describe ? err.describe() : String(err && err.message ? err.message : err);
  clear(where).appendChild(h('p', { class: 'error', role: 'alert' }, text));
}

// ------------------------------------------------------------------ Screen

export function screenPage(main) {
  const out = h('div', { id: 'results', 'aria-live': 'polite' });
  const form = h('form', { id: 'screen-form', class: 'form' },
    field('q-name', 'Name', input('q-name', { required: true, maxlength: 300, autocomplete: 'off' })),
    field('q-schema', 'Type', h('select', { id: 'q-schema', name: 'q-schema' },
      h('option', { value: '' }, 'Any'), SCHEMAS.map(s => h('option', { value: s }, s)))),
    field('q-birth', 'Birth date', input('q-birth', { placeholder: 'YYYY-MM-DD', maxlength: 10, 'aria-describedby': 'q-birth-hint' }),
      'YYYY, YYYY-MM or YYYY-MM-DD'),
    field('q-country', 'Country', input('q-country', { maxlength: 2, size: 3, 'aria-describedby': 'q-country-hint' }),
      'ISO code, e.g. ru'),
    field('q-ident', 'Identifier', input('q-ident', { maxlength: 100 }), null),
    field('q-subject', 'Subject ID', input('q-subject', { maxlength: 200, 'aria-describedby': 'q-subject-hint' }),
      'optional: record the subject and open alerts (write key)'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'screen-button' }, 'Screen')));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    screen(out);
  });
  clear(main).append(heading('Screen a name'), form, out);
}

async function screen(out) {
  const name = value('q-name');
  if (!name) {
    problem(out, 'Enter a name to screen.');
    document.getElementById('q-name').focus();
    return;
  }
  const schema = value('q-schema');
  const props = { name: [name] };
  if (value('q-birth')) {
    props.birthDate = [value('q-birth')];
  }
  if (value('q-country')) {
    props.country = [value('q-country')];
  }
  if (value('q-ident')) {
    props.idNumber = [value('q-ident')];
  }
  clear(out).appendChild(h('p', { class: 'muted' }, 'Screening…'));
  try {
    const answer = await api('POST', '/match/default' + q({ limit: 10 }),
      { queries: { q: { schema: schema || 'Thing', properties: props } } });
    const results = answer.responses.q.results;
    const parts = [h('h2', {}, results.length + (results.length === 1 ? ' possible match' : ' possible matches') + ' for ', h('q', {}, name))];
    if (value('q-subject')) {
      parts.push(await record(name, schema));
    }
    parts.push(results.length === 0 ? h('p', {}, 'No listed entity scores above the cutoff.')
      : h('ol', { class: 'results' }, results.map(r => result(r, name))));
    clear(out).append(...parts);
  } catch (e) {
    problem(out, e);
  }
}

async function record(name, schema) {
  const subject = { id: value('q-subject'), name };
  if (schema) {
    subject.schema = schema;
  }
  if (value('q-birth')) {
    subject.birthDate = value('q-birth');
  }
  if (value('q-country')) {
    subject.country = value('q-country').toLowerCase();
  }
  if (value('q-ident')) {
    subject.identifiers = [value('q-ident')];
  }
  try {
    const s = await api('POST', '/screen', subject);
    return h('p', { class: 'note', id: 'recorded' }, 'Subject ', h('strong', {}, s.subject.id), ' recorded against list version ' + s.listVersion + ': '
      + s.alerts.length + ' alert(s) in force, ' + s.opened.length + ' newly opened, ' + s.suppressed + ' suppressed. ',
    link('#/alerts', 'Open the alert queue'));
  } catch (e) {
    return h('p', { class: 'error', role: 'alert' }, 'Subject not recorded. ' + (e.describe ? e.describe() : e.message));
  }
}

function result(r, query) {
  const matched = bestName(entityNames(r), query);
  const features = Object.entries(r.features || {});
  return h('li', { class: 'result' },
    h('div', { class: 'result-head' },
      h('a', { href: entityHref(r.id), class: 'entity-link' }, r.caption),
      ' ', score(r.score), r.match ? h('span', { class: 'badge' }, 'above threshold') : null),
    h('p', { class: 'matched' }, 'Matched name: ', highlight(matched, query)),
    fields([['Type', r.schema], ['List', r.datasets], ['Programmes', programmesOf(r)], ['Entity ID', r.id]]),
    h('p', { class: 'explanation' }, r.explanation || ''),
    features.length ? table(null, ['Feature', 'Effect'], features.map(([k, v]) => [k.replace(/_/g, ' '), Number(v).toFixed(3)]), 'grid small') : null);
}

// ------------------------------------------------------------------ Entity

const PROPERTY_LABELS = {
  name: 'Name', alias: 'Aliases', weakAlias: 'Weak aliases', previousName: 'Previous names', birthDate: 'Birth dates',
  birthPlace: 'Birth places', nationality: 'Nationality', country: 'Country', address: 'Addresses', gender: 'Gender',
  position: 'Positions', notes: 'Notes', program: 'Programmes', passportNumber: 'Passport numbers', taxNumber: 'Tax numbers',
  registrationNumber: 'Registration numbers', idNumber: 'Identifiers', imoNumber: 'IMO number', mmsi: 'MMSI',
  callSign: 'Call sign', swiftBic: 'SWIFT/BIC', leiCode: 'LEI', flag: 'Flag', type: 'Vessel type', email: 'E-mail',
  website: 'Website', phone: 'Phone'
};

export async function entityPage(main, id) {
  clear(main).appendChild(heading('Listed entity'));
  const body = h('div', {});
  main.appendChild(body);
  try {
    const [e, history, related, alerts] = await Promise.all([
      api('GET', '/entities/' + encodeURIComponent(id)),
      api('GET', '/ui/entities/' + encodeURIComponent(id) + '/history'),
      api('GET', '/ui/entities/' + encodeURIComponent(id) + '/related'),
      api('GET', '/alerts' + q({ entity: id, limit: 100 }))]);
    main.firstChild.textContent = e.caption;
    const props = Object.entries(e.properties).filter(([k]) => k !== 'sanctions');
    const sanctions = e.properties.sanctions || [];
    body.append(
      fields([['Entity ID', e.id], ['Type', e.schema], ['List', e.datasets], ['List version', e.last_change]]),
      h('h2', {}, 'Fields'),
      table(null, ['Field', 'Values'], props.map(([k, v]) => [PROPERTY_LABELS[k] || k, h('ul', { class: 'plain' }, v.map(x => h('li', {}, x)))])),
      h('h2', {}, 'Sanctions'),
      sanctions.length === 0 ? h('p', {}, 'No sanction details in the list.')
        : table(null, ['Authority', 'Programme', 'Listed on', 'Measures', 'Reason'], sanctions.map(s => {
          const p = s.properties || {};
          return [p.authority || '', (p.program || []).join('; '), p.startDate || '', p.provisions || '', p.reason || ''];
        })),
      h('h2', {}, 'History across list versions'),
      history.results.length === 0 ? h('p', {}, 'No recorded change.')
        : table(null, ['Version', 'Loaded', 'Published', 'Change', 'Fields changed'],
          history.results.map(c => [String(c.versionId), when(c.loadedAt), c.published || '', c.kind, c.detail || ''])),
      h('h2', {}, 'Related entities'),
      h('p', { class: 'muted' }, 'The same name on other lists, or a shared identifier (the lists carry no ownership or association links).'),
      related.results.length === 0 ? h('p', {}, 'None found.')
        : table(null, ['Entity', 'Type', 'List', 'Programmes', 'Why'], related.results.map(r =>
          [link(entityHref(r.id), r.caption), r.schema, r.list, r.programs.join('; '), r.reason]), 'grid related'),
      h('h2', {}, 'Subjects with alerts on this entity'),
      alerts.results.length === 0 ? h('p', {}, 'None.')
        : table(null, ['Alert', 'Subject', 'Score', 'Status'],
          alerts.results.map(a => [link('#/alert/' + a.id, '#' + a.id), a.subjectId, score(a.score), String(a.status).toLowerCase()])));
  } catch (err) {
    problem(body, err);
  }
}

// ------------------------------------------------------------------ Alert queue

const AGES = [['', 'Any age'], ['max_age_days=0', 'Today'], ['max_age_days=7', 'Up to 7 days'],
  ['min_age_days=8', 'Older than 7 days'], ['min_age_days=31', 'Older than 30 days']];
const STATUSES = ['open', 'escalated', 'all', 'true_match', 'false_positive', 'closed'];

export function alertsPage(main, params) {
  const out = h('div', { id: 'queue', 'aria-live': 'polite' });
  const listSelect = h('select', { id: 'f-list', name: 'f-list' }, h('option', { value: '' }, 'All lists'));
  const form = h('form', { id: 'filter-form', class: 'form inline' },
    field('f-status', 'Status', h('select', { id: 'f-status', name: 'f-status' }, STATUSES.map(s => h('option', { value: s }, s.replace('_', ' '))))),
    field('f-score', 'Minimum score', input('f-score', { type: 'number', min: 0, max: 1, step: 0.01, size: 5 })),
    field('f-list', 'List', listSelect),
    field('f-program', 'Programme', input('f-program', { maxlength: 100, size: 14 })),
    field('f-age', 'Age', h('select', { id: 'f-age', name: 'f-age' }, AGES.map(([v, t]) => h('option', { value: v }, t)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Filter')));
  clear(main).append(heading('Alert queue'), form, out);
  for (const [k, id] of [['status', 'f-status'], ['min_score', 'f-score'], ['program', 'f-program'], ['age', 'f-age']]) {
    if (params.get(k) !== null) {
      document.getElementById(id).value = params.get(k);
    }
  }
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, id] of [['status', 'f-status'], ['min_score', 'f-score'], ['list', 'f-list'], ['program', 'f-program'], ['age', 'f-age']]) {
      if (value(id)) {
        p.set(k, value(id));
      }
    }
    location.hash = '#/alerts?' + p.toString();
  });
  return loadQueue(out, params, listSelect);
}

async function loadQueue(out, params, listSelect) {
  const age = params.get('age') || '';
  const query = {
    status: params.get('status') || 'open', min_score: params.get('min_score'), list: params.get('list'),
    program: params.get('program')
  };
  if (age) {
    const [k, v] = age.split('=');
    query[k] = v;
  }
  try {
    const answer = await api('GET', '/ui/alerts' + q(query));
    for (const l of answer.lists) {
      listSelect.appendChild(h('option', { value: l }, l));
    }
    listSelect.value = params.get('list') || '';
    const rows = answer.results.map(a => [
      link('#/alert/' + a.id, '#' + a.id), h('span', {}, a.subjectName || '', h('br', {}), h('small', { class: 'muted' }, a.subjectId)), link(entityHref(a.entityId), a.entityCaption),
      highlight(a.matchedName || '', a.subjectName || ''), score(a.score), a.list || 'removed', a.programs.join('; '),
      ageText(a.createdAt), a.status.replace('_', ' ')]);
    clear(out).appendChild(rows.length === 0 ? h('p', {}, 'No alert matches these filters.')
      : table(answer.results.length + ' alert(s)' + (answer.more ? ' shown, the newest first; narrow the filters to see older ones' : ''), ['Alert', 'Subject', 'Listed entity', 'Matched name', 'Score', 'List', 'Programmes', 'Age', 'Status'], rows));
  } catch (e) {
    problem(out, e);
  }
}

// ------------------------------------------------------------------ One alert

const OUTCOMES = [['true_match', 'True match'], ['false_positive', 'False positive'], ['escalated', 'Escalate']];

export async function alertPage(main, id, notice) {
  clear(main).appendChild(heading('Alert #' + id));
  const body = h('div', {});
  main.appendChild(body);
  try {
    const d = await api('GET', '/alerts/' + encodeURIComponent(id));
    const a = d.alert;
    const s = d.subject || { name: '' };
    const status = String(a.status).toLowerCase();
    main.firstChild.textContent = 'Alert #' + a.id + ' (' + status.replace('_', ' ') + ')';
    if (notice) {
      body.appendChild(h('p', { class: 'note', role: 'status', id: 'decision-notice', tabindex: '-1' }, notice));
    }
    const ep = d.entity ? d.entity.properties : {};
    body.append(
      h('p', {}, 'Score ', score(a.score), ' · list version ' + a.listVersion + ' · raised ' + when(a.createdAt)),
      h('p', { class: 'explanation' }, (a.kind === 'ownership' ? 'Ownership: the listed entity owns or controls the subject. Path: ' : '') + (a.explanation || '')),
      h('div', { class: 'side-by-side' },
        h('section', { 'aria-labelledby': 'subj-h' }, h('h2', { id: 'subj-h' }, 'Subject'),
          fields([['Name', h('span', { id: 'subject-name' }, s.name)], ['Subject ID', s.id], ['Type', s.schema], ['Birth date', s.birthDate],
            ['Country', s.country], ['Identifiers', s.identifiers]])),
        h('section', { 'aria-labelledby': 'ent-h' }, h('h2', { id: 'ent-h' }, 'Listed entity'),
          d.entity === null ? h('p', { class: 'error' }, 'No longer in the lists in force.')
            : fields([['Name', link(entityHref(d.entity.id), d.entity.caption)], ['Matched name', highlight(a.matchedName || '', s.name)],
              ['Aliases', ep.alias], ['Type', d.entity.schema], ['Birth date', ep.birthDate], ['Nationality', ep.nationality],
              ['Country', ep.country], ['Identifiers', [...(ep.passportNumber || []), ...(ep.idNumber || []), ...(ep.taxNumber || []),
                ...(ep.registrationNumber || []), ...(ep.imoNumber || [])]], ['List', d.entity.datasets], ['Programmes', programmesOf(d.entity)]]),
          d.entityChangedSinceAlert ? h('p', { class: 'note' }, 'The listed entity changed since this alert was raised.') : null)),
      (a.features || []).length ? table('How the score was made', ['Feature', 'Effect', 'Detail'],
        a.features.map(f => [String(f.feature), Number(f.delta).toFixed(3), String(f.detail || '')]), 'grid small') : null);
    if (status === 'open' || status === 'escalated') {
      body.appendChild(decisionForm(a.id));
    }
    body.append(
      h('h2', {}, 'Decisions'),
      d.decisions.length === 0 ? h('p', {}, 'None yet.')
        : table(null, ['When', 'Analyst', 'Outcome', 'Reason'], d.decisions.map(x => [when(x.decidedAt), x.analyst, String(x.outcome).toLowerCase(), x.reason])),
      h('h2', {}, 'Audit trail'),
      table(null, ['When', 'Who', 'Action', 'Detail'], d.audit.map(x => [when(x.at), x.actor, x.action, x.detail || '']), 'grid audit'));
  } catch (err) {
    problem(body, err);
  }
}

function decisionForm(alertId) {
  const msg = h('div', { id: 'decision-error', 'aria-live': 'assertive' });
  const form = h('form', { id: 'decision-form', class: 'form' },
    h('fieldset', {},
      h('legend', {}, 'Outcome'),
      OUTCOMES.map(([v, t]) => h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'outcome', value: v, id: 'outcome-' + v, required: true }), ' ' + t))),
    field('reason', 'Reason', h('textarea', { id: 'reason', name: 'reason', rows: 3, cols: 60, required: true, maxlength: 4000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'decide-button' }, 'Record decision')),
    msg);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const chosen = form.querySelector('input[name=outcome]:checked');
    const who = analyst();
    if (!who) {
      problem(msg, 'Enter your analyst name at the top of the page first.');
      document.getElementById('analyst').focus();
      return;
    }
    try {
      await api('POST', '/alerts/' + alertId + '/decisions', { outcome: chosen.value, analyst: who, reason: value('reason') });
      await alertPage(document.getElementById('main'), String(alertId), 'Decision recorded: ' + chosen.value.replace('_', ' ') + '.');
      document.getElementById('decision-notice').focus();
    } catch (e) {
      problem(msg, e);
    }
  });
  return h('section', { 'aria-labelledby': 'decide-h', class: 'decide' }, h('h2', { id: 'decide-h' }, 'Decide'), form);
}

// ------------------------------------------------------------------ Lists

export async function listsPage(main, params) {
  clear(main).appendChild(heading('Lists'));
  const body = h('div', {});
  main.appendChild(body);
  try {
    const v = await api('GET', '/lists/versions');
    const versions = [...v.results].sort((a, b) => a.id - b.id);
    body.appendChild(table('Loaded list versions (current: ' + v.current + ')', ['Version', 'Loaded', 'Published', 'Entities', 'Added', 'Changed', 'Removed', 'Source'],
      versions.map(x => [String(x.id) + (x.id === v.current ? ' (current)' : ''), when(x.loadedAt), x.published || '', String(x.entityCount),
        String(x.added), String(x.changed), String(x.removed), x.source])));
    const to = Number(params.get('to') || v.current);
    const from = Number(params.get('from') || 0);
    const opts = (sel) => versions.map(x => h('option', { value: x.id, selected: x.id === sel }, 'v' + x.id + ' ' + when(x.loadedAt)));
    const form = h('form', { id: 'diff-form', class: 'form inline' },
      field('d-from', 'From', h('select', { id: 'd-from', name: 'd-from' }, h('option', { value: 0, selected: from === 0 }, 'nothing (before v1)'), opts(from))),
      field('d-to', 'To', h('select', { id: 'd-to', name: 'd-to' }, opts(to))),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show diff')));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      location.hash = '#/lists?from=' + value('d-from') + '&to=' + value('d-to');
    });
    const diff = h('div', { id: 'diff', 'aria-live': 'polite' });
    body.append(h('h2', {}, 'Diff between two versions'), form, diff);
    if (from < to) {
      const d = await api('GET', '/ui/diff' + q({ from, to }));
      const counts = { added: 0, changed: 0, removed: 0 };
      d.changes.forEach(c => { counts[c.kind] = (counts[c.kind] || 0) + 1; });
      diff.append(
        h('p', {}, d.total + ' change(s) from ' + (from === 0 ? 'nothing' : 'v' + from) + ' to v' + to + ': ' + counts.added + ' added, '
          + counts.changed + ' changed, ' + counts.removed + ' removed' + (d.truncated ? ' (first ' + d.changes.length + ' shown)' : '') + '.'),
        h('figure', {}, additionsRemovalsChart(d.byProgram, d.versions),
          h('figcaption', {}, 'Additions (above the line) and removals (below) by programme, per list version.')),
        h('details', {}, h('summary', {}, 'Counts by programme as a table'),
          table(null, ['Version', 'Programme', 'Added', 'Changed', 'Removed'], d.byProgram.map(r => ['v' + r.versionId, r.program, String(r.added), String(r.changed), String(r.removed)]))),
        table('Changes', ['Version', 'Change', 'Entity', 'Programmes', 'Fields changed'],
          d.changes.slice(0, 500).map(c => ['v' + c.versionId, c.kind, c.kind === 'removed' ? c.caption : link(entityHref(c.entityId), c.caption),
            c.programs.join('; '), c.detail || ''])));
    } else {
      diff.appendChild(h('p', {}, 'Choose an earlier "from" than "to".'));
    }
  } catch (err) {
    problem(body, err);
  }
}

// ------------------------------------------------------------------ Batch

export function batchPage(main) {
  const out = h('div', { id: 'batch-out' });
  const progress = h('progress', { id: 'batch-progress', max: 1, value: 0, 'aria-labelledby': 'batch-status' });
  const status = h('p', { id: 'batch-status', role: 'status' }, '');
  const form = h('form', { id: 'batch-form', class: 'form' },
    field('b-file', 'CSV of subjects', h('input', { id: 'b-file', name: 'b-file', type: 'file', accept: '.csv,text/csv', required: true, 'aria-describedby': 'b-file-hint' }),
      'UTF-8 with a header; id and name required; optional schema, birth_date, country, identifier (as kordon screen --input). '
      + 'Each subject is recorded and screened; needs a write key.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'batch-button' }, 'Upload and screen')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('b-file').files[0];
    if (!file) {
      return;
    }
    await runBatch(file, progress, status, out);
  });
  clear(main).append(heading('Batch screening'), form, h('div', { class: 'progress' }, progress, status), out);
}

/** Parses RFC 4180 CSV: quoted fields with "" escapes, CRLF or LF. Returns rows of {line, cells}. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') {
          line++;
        }
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(cell);
      rows.push({ line: rowLine, cells: row });
      row = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) {
    throw new Error('line ' + rowLine + ': a quoted field is not closed');
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push({ line: rowLine, cells: row });
  }
  return rows.filter(r => !(r.cells.length === 1 && r.cells[0].trim() === ''));
}

function subjectsOf(fileName, text) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) {
    throw new Error(fileName + ': empty file');
  }
  const header = rows[0].cells.map(c => c.trim().toLowerCase());
  for (const required of ['id', 'name']) {
    if (!header.includes(required)) {
      throw new Error(fileName + ' line 1: no column "' + required + '" in the header (' + header.join(',') + ')');
    }
  }
  const col = (r, name) => {
    const i = header.indexOf(name);
    return i < 0 || i >= r.cells.length ? '' : r.cells[i].trim();
  };
  return rows.slice(1).map(r => {
    for (const f of ['id', 'name']) {
      if (!col(r, f)) {
        throw new Error(fileName + ' line ' + r.line + ', field ' + f + ': empty');
      }
    }
    const s = { id: col(r, 'id'), name: col(r, 'name') };
    if (col(r, 'schema')) {
      s.schema = col(r, 'schema');
    }
    if (col(r, 'birth_date')) {
      s.birthDate = col(r, 'birth_date');
    }
    if (col(r, 'country')) {
      s.country = col(r, 'country').toLowerCase();
    }
    if (col(r, 'identifier')) {
      s.identifiers = [col(r, 'identifier')];
    }
    return { line: r.line, subject: s };
  });
}

async function runBatch(file, progress, status, out) {
  clear(out);
  let items;
  try {
    items = subjectsOf(file.name, await file.text());
  } catch (e) {
    problem(out, e);
    return;
  }
  progress.max = Math.max(1, items.length);
  progress.value = 0;
  const results = [];
  let chunk = 100;
  for (let i = 0; i < items.length;) {
    const part = items.slice(i, i + chunk);
    status.textContent = 'Screening ' + (i + 1) + '–' + (i + part.length) + ' of ' + items.length + '…';
    try {
      const answer = await api('POST', '/screen/batch', { subjects: part.map(p => p.subject) });
      answer.results.forEach((r, j) => results.push({ line: part[j].line, screening: r }));
      i += part.length;
      progress.value = i;
    } catch (e) {
      const m = /at most (\d+)/.exec(e.message || '');
      if (e.status === 400 && e.field === 'subjects' && m && Number(m[1]) < chunk) {
        chunk = Number(m[1]);
        continue;
      }
      const at = /^subjects\[(\d+)\]\.(\w+)/.exec(e.field || '');
      problem(out, at ? new Error(file.name + ' line ' + part[Number(at[1])].line + ', field ' + at[2] + ': ' + e.message) : e);
      status.textContent = 'Stopped after ' + i + ' of ' + items.length + '.';
      return;
    }
  }
  status.textContent = 'Done: ' + items.length + ' subject(s) screened.';
  const header = ['id', 'name', 'alerts', 'opened', 'suppressed', 'top_entity_id', 'top_entity', 'top_score', 'matched_name'];
  const rows = results.map(({ screening: s }) => {
    const top = [...s.alerts].sort((a, b) => b.score - a.score)[0];
    return [s.subject.id, s.subject.name, String(s.alerts.length), String(s.opened.length), String(s.suppressed),
      top ? top.entityId : '', top ? top.entityCaption : '', top ? String(top.score) : '', top ? top.matchedName : ''];
  });
  const csv = [header, ...rows].map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  out.append(
    h('p', {}, h('a', { href: url, download: file.name.replace(/\.csv$/i, '') + '-results.csv', id: 'batch-download', class: 'button' }, 'Download results (CSV)')),
    table(rows.length + ' subject(s)', ['Subject', 'Name', 'Alerts', 'New', 'Top match', 'Score'],
      results.map(({ screening: s }, k) => [s.subject.id, s.subject.name, rows[k][2], rows[k][3],
        rows[k][5] ? link(entityHref(rows[k][5]), rows[k][6]) : '', rows[k][7] ? score(Number(rows[k][7])) : ''])));
}

/** A CSV cell, quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(v) {
  let s = String(v == null ? '' : v);
  if (/^[=+\-@\t\r]/.test(s)) {
    s = "'" + s;
  }
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}
