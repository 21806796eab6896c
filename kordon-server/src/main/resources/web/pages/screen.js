// The Screen page (#/screen): one name, with optional schema, birth date and country, screened against the lists.
import { api, q } from '../api.js';
import { h, clear, fields, link, entityHref, score, highlight, programmesOf, contributionsTable, listingsTable } from '../dom.js';
import { SCHEMAS, heading, field, input, value, problem } from '../form.js';

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
      : h('ol', { class: 'results' }, results.map(r => result(r))));
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

/** The programmes of all the entity's listings (the matched listing's own when the server sent no listings). */
function programmesOfAll(r) {
  return (r.listings || []).length ? [...new Set(r.listings.flatMap(l => l.programs || []))] : programmesOf(r);
}

function result(r) {
  return h('li', { class: 'result' },
    h('div', { class: 'result-head' },
      h('a', { href: entityHref(r.id), class: 'entity-link' }, r.caption),
      ' ', score(r.score), r.match ? h('span', { class: 'badge' }, 'above threshold') : null),
    h('p', { class: 'matched' }, 'Matched name: ', highlight(r.matched_name || r.caption, r.matched_words)),
    fields([['Type', r.schema], ['Lists', r.datasets], ['Programmes', programmesOfAll(r)], ['Entity ID', r.resolved_id || r.id]]),
    h('p', { class: 'explanation' }, r.explanation || ''),
    (r.contributions || []).length ? contributionsTable(r.contributions, r.score) : null,
    (r.listings || []).length > 1 ? listingsTable(r.listings, r.id) : null);
}
