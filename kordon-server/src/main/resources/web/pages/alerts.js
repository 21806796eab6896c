// The Alert queue page (#/alerts?...): alerts filtered by status, list, minimum score and age.
import { api, q } from '../api.js';
import { h, clear, table, link, entityHref, score, highlight, ageText } from '../dom.js';
import { heading, field, input, value, problem } from '../form.js';

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
      highlight(a.matchedName || '', a.matchedWords), score(a.score), a.list || 'removed', a.programs.join('; '),
      ageText(a.createdAt), a.status.replace('_', ' ')]);
    clear(out).appendChild(rows.length === 0 ? h('p', {}, 'No alert matches these filters.')
      : table(answer.results.length + ' alert(s)' + (answer.more ? ' shown, the newest first; narrow the filters to see older ones' : ''), ['Alert', 'Subject', 'Listed entity', 'Matched name', 'Score', 'List', 'Programmes', 'Age', 'Status'], rows, 'grid cards queue'));
  } catch (e) {
    problem(out, e);
  }
}
