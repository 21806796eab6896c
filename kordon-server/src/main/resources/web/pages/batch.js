// The Batch page (#/batch): a CSV of subjects recorded and screened in chunks, results as a table and a CSV.
import { api } from '../api.js';
import { h, clear, table, link, entityHref, score } from '../dom.js';
import { heading, field, problem } from '../form.js';
import { parseCsv, csvCell } from '../csv.js';

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
