// The Batch page (#/batch): a CSV of subjects recorded and screened in chunks, results as a table and a CSV.
import { api } from '../api.js';
import { h, clear, table, link, entityHref, score } from '../dom.js';
import { heading, field, problem } from '../form.js';
import { parseCsv, csvCell, atLine } from '../csv.js';

export function batchPage(main) {
  const out = h('div', { id: 'batch-out' });
  const progress = h('progress', { id: 'batch-progress', max: 1, value: 0, 'aria-labelledby': 'batch-status' });
  const status = h('p', { id: 'batch-status', role: 'status' }, '');
  const text = h('textarea', { id: 'b-text', name: 'b-text', rows: 6, spellcheck: 'false', 'aria-describedby': 'b-text-hint' });
  const form = h('form', { id: 'batch-form', class: 'form' },
    field('b-file', 'CSV of subjects', h('input', { id: 'b-file', name: 'b-file', type: 'file', accept: '.csv,text/csv', 'aria-describedby': 'b-file-hint' }),
      'UTF-8 with a header; id and name required; optional schema, birth_date, country, identifier (as kordon screen --input). '
      + 'Each subject is recorded and screened; needs a write key. A bad row is reported with its line and skipped.'),
    h('div', { class: 'field wide' }, h('label', { for: 'b-text' }, 'Or paste the CSV'), text,
      h('span', { class: 'hint', id: 'b-text-hint' }, 'Used when no file is chosen.')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'batch-button' }, 'Screen')));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('b-file').files[0];
    if (!file && !text.value.trim()) {
      problem(out, new Error('Choose a CSV file or paste one.'));
      return;
    }
    const name = file ? file.name : 'pasted.csv';
    await runBatch(name, file ? await file.text() : text.value, progress, status, out);
  });
  clear(main).append(heading('Batch screening'), form, h('div', { class: 'progress' }, progress, status), out);
}

/**
 * The subjects of a CSV, and the rows skipped: a header without id or name fails the whole file (nothing can be
 * read), a row without id or name is reported as "subjects.csv line 3, field name: empty; row skipped", as
 * kordon screen --input does, and the other rows are screened.
 */
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
  const items = [];
  const skipped = [];
  for (const r of rows.slice(1)) {
    const empty = ['id', 'name'].find(f => !col(r, f));
    if (empty) {
      skipped.push(fileName + ' line ' + r.line + ', field ' + empty + ': empty; row skipped');
      continue;
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
    items.push({ line: r.line, subject: s });
  }
  return { items, skipped };
}

async function runBatch(fileName, text, progress, status, out) {
  clear(out);
  let items;
  let skipped;
  try {
    ({ items, skipped } = subjectsOf(fileName, text));
  } catch (e) {
    problem(out, e);
    return;
  }
  const total = items.length + skipped.length;
  progress.max = Math.max(1, total);
  progress.value = skipped.length;
  const results = [];
  const warnings = [];
  let chunk = 100;
  for (let i = 0; i < items.length;) {
    const part = items.slice(i, i + chunk);
    status.textContent = 'Screening ' + (i + 1) + '–' + (i + part.length) + ' of ' + items.length + '…';
    try {
      const answer = await api('POST', '/screen/batch', { subjects: part.map(p => p.subject) });
      answer.results.forEach((r, j) => {
        results.push({ line: part[j].line, screening: r });
        for (const w of r.warnings || []) {
          warnings.push(fileName + ' line ' + part[j].line + ': ' + w.replace(/^subjects\[\d+\]\./, '') + '; screened on the other fields');
        }
      });
      i += part.length;
      progress.value = skipped.length + i;
    } catch (e) {
      const m = /at most (\d+)/.exec(e.message || '');
      if (e.status === 400 && e.field === 'subjects' && m && Number(m[1]) < chunk) {
        chunk = Number(m[1]);
        continue;
      }
      // the server refuses a whole request for one bad subject: that row is reported and skipped, the rest sent again
      const at = /^subjects\[(\d+)\]\.?(\w*)/.exec(e.field || '');
      if (e.status === 400 && at && part[Number(at[1])]) {
        skipped.push(atLine(e, fileName, 'subjects', part).message + '; row skipped');
        items.splice(i + Number(at[1]), 1);
        progress.value = skipped.length + i;
        continue;
      }
      problem(out, e);
      status.textContent = 'Stopped after ' + i + ' of ' + items.length + '.';
      return;
    }
  }
  skipped.sort((a, b) => lineOf(a) - lineOf(b));
  status.textContent = 'Done: ' + results.length + ' subject(s) screened'
    + (skipped.length ? ', ' + skipped.length + ' row(s) skipped.' : '.');
  if (skipped.length || warnings.length) {
    out.append(h('div', { class: 'warn', id: 'batch-skipped', role: 'alert' },
      h('p', {}, skipped.length + ' row(s) skipped, ' + warnings.length + ' with fields ignored:'),
      h('ul', { class: 'plain' }, [...skipped, ...warnings].map(t => h('li', {}, t)))));
  }
  const header = ['id', 'name', 'alerts', 'opened', 'suppressed', 'top_entity_id', 'top_entity', 'top_score', 'matched_name'];
  const rows = results.map(({ screening: s }) => {
    const top = [...s.alerts].sort((a, b) => b.score - a.score)[0];
    return [s.subject.id, s.subject.name, String(s.alerts.length), String(s.opened.length), String(s.suppressed),
      top ? top.entityId : '', top ? top.entityCaption : '', top ? String(top.score) : '', top ? top.matchedName : ''];
  });
  const csv = [header, ...rows].map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  out.append(
    h('p', {}, h('a', { href: url, download: fileName.replace(/\.csv$/i, '') + '-results.csv', id: 'batch-download', class: 'button' }, 'Download results (CSV)')),
    table(rows.length + ' subject(s)', ['Subject', 'Name', 'Alerts', 'New', 'Top match', 'Score'],
      results.map(({ screening: s }, k) => [s.subject.id, s.subject.name, rows[k][2], rows[k][3],
        rows[k][5] ? link(entityHref(rows[k][5]), rows[k][6]) : '', rows[k][7] ? score(Number(rows[k][7])) : ''])));
}

function lineOf(message) {
  const m = / line (\d+)/.exec(message);
  return m ? Number(m[1]) : 0;
}
