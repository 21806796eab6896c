// The pages. Each render function fills `main` and returns when its data is shown.
import { api, q, analyst } from './api.js';
import { h, append, clear, table, fields, link, entityHref, score, bestName, highlight, entityNames, programmesOf, ageText, when }
  from './dom.js';
import { additionsRemovalsChart, ownershipGraph, vesselTimeline } from './chart.js';

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
    // No analyst name: the decision is recorded as the key's own. A name other than the key's needs a key of role
    // act-for (the server answers 403 otherwise).
    const who = analyst();
    const decision = { outcome: chosen.value, reason: value('reason') };
    if (who) {
      decision.analyst = who;
    }
    try {
      await api('POST', '/alerts/' + alertId + '/decisions', decision);
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

// ------------------------------------------------------------------ shared by Scan, Ownership, Vessel, Shipments

function status(word) {
  return h('span', { class: 'status ' + String(word).replace(/ /g, '-') }, word);
}

/** Reads a chosen file into a textarea (UTF-8; a file that is not is refused, naming it). */
async function fileInto(file, textarea, where) {
  const bytes = await file.arrayBuffer();
  try {
    textarea.value = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch (e) {
    problem(where, new Error(file.name + ': not UTF-8 text'));
    return false;
  }
  return true;
}

/** Rows of a CSV as objects by header name; checks the required columns and reports file, line and field. */
function csvRecords(fileName, text, required) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) {
    throw new Error(fileName + ': empty');
  }
  const header = rows[0].cells.map(c => c.trim().toLowerCase());
  for (const r of required) {
    if (!header.includes(r)) {
      throw new Error(fileName + ' line 1: no column "' + r + '" in the header (' + header.join(',') + ')');
    }
  }
  return rows.slice(1).map(r => {
    const o = {};
    header.forEach((name, i) => {
      o[name] = i < r.cells.length ? r.cells[i].trim() : '';
    });
    for (const f of required) {
      if (!o[f]) {
        throw new Error(fileName + ' line ' + r.line + ', field ' + f + ': empty');
      }
    }
    return { line: r.line, cells: o };
  });
}

/** A server error about items[i].field, told as the file's line and field. */
function atLine(err, fileName, arrayName, items) {
  const m = new RegExp('^' + arrayName + '\\[(\\d+)\\]\\.?(\\w*)').exec(err.field || '');
  if (!m || !items[Number(m[1])]) {
    return err;
  }
  const detail = err.message.replace(/^[\w\[\].]+: /, '');
  return new Error(fileName + ' line ' + items[Number(m[1])].line + (m[2] ? ', field ' + m[2] : '') + ': ' + detail);
}

// ------------------------------------------------------------------ Scan

const MENTION_STATUS = [
  ['listed', '⚑', 'listed: the name is on a list (linked to the entity)'],
  ['ambiguous', '?', 'ambiguous: several listed candidates'],
  ['not listed', '○', 'not listed: a name no list holds']];

export function scanPage(main) {
  const out = h('div', { id: 'scan-out', 'aria-live': 'polite' });
  const text = h('textarea', { id: 's-text', name: 's-text', rows: 8, maxlength: 1000000, 'aria-describedby': 's-text-hint' });
  const fileInput = h('input', { id: 's-file', name: 's-file', type: 'file', accept: '.txt,.text,.html,.htm,.pdf,text/plain,text/html,application/pdf',
    'aria-describedby': 's-file-hint' });
  const fileNote = h('p', { id: 's-file-note', class: 'hint', role: 'status' });
  const form = h('form', { id: 'scan-form', class: 'form' },
    h('div', { class: 'field wide' }, h('label', { for: 's-text' }, 'Text'), text,
      h('span', { class: 'hint', id: 's-text-hint' }, 'News, a report or a transcript, in any language; up to 1 MB.')),
    field('s-file', 'Or a file', fileInput, '.txt or .html (UTF-8), or .pdf (its text is extracted by the server); up to about 700 KB.'),
    fileNote,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'scan-button' }, 'Scan')));
  let html = false;
  fileInput.addEventListener('change', async () => {
    const f = fileInput.files[0];
    if (!f) {
      return;
    }
    fileNote.textContent = '';
    if (/\.pdf$/i.test(f.name)) {
      html = false;
      clear(out).appendChild(h('p', { class: 'muted' }, 'Reading the text of ' + f.name + '…'));
      try {
        const d = await api('POST', '/ui/document-text', { name: f.name, content_base64: await base64(f) });
        text.value = d.text;
        fileNote.textContent = 'Text extracted from ' + d.name + ' (' + d.format.toUpperCase() + ', ' + d.chars + ' chars); offsets refer to it.';
        clear(out);
      } catch (e) {
        problem(out, e);
      }
      return;
    }
    if (!/\.(txt|text|html?)$/i.test(f.name)) {
      problem(out, new Error(f.name + ': only .txt, .html and .pdf files are read'));
      fileInput.value = '';
      return;
    }
    if (await fileInto(f, text, out)) {
      html = /\.html?$/i.test(f.name);
      clear(out);
    }
  });
  text.addEventListener('input', () => {
    html = false;
  });
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    scan(out, text.value, html);
  });
  clear(main).append(heading('Scan a text'), form, out);
}

/** A file's bytes as base64, built in chunks (a PDF can be hundreds of KB). */
async function base64(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

async function scan(out, text, html) {
  if (!text.trim()) {
    problem(out, 'Paste a text or choose a file to scan.');
    document.getElementById('s-text').focus();
    return;
  }
  clear(out).appendChild(h('p', { class: 'muted' }, 'Scanning… (the first scan builds the index: a few seconds)'));
  try {
    const answer = await api('POST', '/scan', html ? { text, content_type: 'html' } : { text });
    const shown = html ? answer.text : text;
    const counts = { listed: 0, 'not listed': 0, ambiguous: 0 };
    answer.mentions.forEach(m => counts[m.status]++);
    clear(out).append(
      h('h2', {}, answer.mentions.length + ' mention(s): ' + counts.listed + ' listed, ' + counts.ambiguous + ' ambiguous, '
        + counts['not listed'] + ' not listed'),
      h('ul', { class: 'legend-list', id: 'scan-legend', 'aria-label': 'Legend' },
        MENTION_STATUS.map(([st, mark, text]) => h('li', {}, h('span', { class: 'mention ' + st.replace(' ', '-') },
          h('span', { class: 'marker', 'aria-hidden': 'true' }, mark), st), ' ' + text.substring(text.indexOf(':') + 1)))),
      h('div', { class: 'annotated', id: 'annotated', tabindex: '0', role: 'region', 'aria-label': 'The text with its mentions marked' },
        annotate(shown, answer.mentions)),
      h('h2', {}, 'Mentions'),
      answer.mentions.length === 0 ? h('p', {}, 'No name of a person, organisation or vessel found.')
        : table(null, ['Offsets', 'Mention', 'Kind', 'Status', 'Listed entity', 'Score', 'Programmes', 'Note'],
          answer.mentions.map(m => [m.start + '–' + m.end, m.text, m.kind, status(m.status),
            m.listings.length === 0 ? '' : h('ul', { class: 'plain' }, m.listings.map(l => h('li', {}, link(entityHref(l.entity_id), l.caption)))),
            m.listings.length === 0 ? '' : h('ul', { class: 'plain' }, m.listings.map(l => h('li', {}, score(l.score)))),
            m.listings.length === 0 ? '' : h('ul', { class: 'plain' }, m.listings.map(l => h('li', {}, l.authorities.join(', ') + ' ' + l.programs.join(', ')))),
            m.note || '']), 'grid mentions'));
  } catch (e) {
    problem(out, e);
  }
}

/** The text as text nodes, each mention wrapped: listed ones a link to their first listing, all with a marker. */
function annotate(text, mentions) {
  const parts = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length) {
      continue;
    }
    parts.push(text.substring(at, m.start));
    const [st, mark, meaning] = MENTION_STATUS.find(x => x[0] === m.status) || MENTION_STATUS[2];
    const inner = [h('span', { class: 'marker', 'aria-hidden': 'true' }, mark), text.substring(m.start, m.end),
      h('span', { class: 'sr-only' }, ' (' + st + ')')];
    const attrs = { class: 'mention ' + st.replace(' ', '-'), title: meaning.split(':')[0]
      + (m.listings.length ? ': ' + m.listings.map(l => l.caption).join('; ') : '') };
    if (st === 'listed' && m.listings.length) {
      parts.push(h('a', Object.assign(attrs, { href: entityHref(m.listings[0].entity_id) }), inner));
    } else {
      parts.push(h('span', attrs, inner));
    }
    at = m.end;
  }
  parts.push(text.substring(at));
  return parts;
}

// ------------------------------------------------------------------ Ownership

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
function stakeObjects(records) {
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
function ownershipError(e, names, stakes, listed) {
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

// ------------------------------------------------------------------ Vessel

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

// ------------------------------------------------------------------ Shipments

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
