// The entity page's split and join form (write keys only): an analyst splits one listing from the others of a
// resolved entity, or joins the entity with another listing's, giving a reason (docs/RESOLUTION.md, "Judgements").
import { api, analyst, ApiError } from './api.js';
import { h, clear, link, entityHref } from './dom.js';
import { field, value, problem } from './form.js';
import { outcome } from './pages/judgements.js';

/**
 * The form's element and label for each field the server may name in a problem (the analyst's name is in the page
 * header).
 */
const FIELD_ELEMENTS = {
  kind: ['judge-action', 'Judgement'], a: ['judge-action', 'Judgement'], b: ['join-with', 'Join with'],
  reason: ['judge-reason', 'Reason'], analyst: ['analyst', 'Analyst (top of the page)']
};

/**
 * The form for the entity of `listings` (as /entities/{id} gives them; `current` is the listing the page shows). A
 * split of listing X posts one judgement "split X / Y" per other listing Y: a split keeps only its two listings apart
 * (the resolver refuses any link between their entities), so X leaves an entity of three listings only when it is
 * split from both others. A join posts "join current / T", T being the listing the typed id names (a listing id, or
 * a resolved id: its first listing). `done(judged, error)` gets what was recorded, each answer of the server
 * (judgement, outcome and the entities now), once at least one judgement is recorded.
 */
export function judgeForm(listings, current, done) {
  const msg = h('div', { id: 'judge-error', 'aria-live': 'assertive' });
  const choices = [];
  if (listings.length > 1) {
    for (const l of listings) {
      const others = listings.filter(o => o.id !== l.id);
      choices.push(radio('split:' + l.id, 'Split ' + l.id + ' from ' + (others.length === 1 ? others[0].id : 'the other ' + others.length + ' listings')));
    }
  }
  choices.push(radio('join', 'Join with…'));
  const joinWith = h('input', { id: 'join-with', name: 'join-with', type: 'text', size: 36, 'aria-describedby': 'join-with-hint' });
  const form = h('form', { id: 'judge-form', class: 'form', novalidate: true },
    h('fieldset', { id: 'judge-action', tabindex: '-1' }, h('legend', {}, 'Judgement'), choices),
    field('join-with', 'Join with (listing or resolved id)', joinWith, 'e.g. ofac-sdn:35096 or ke:eu:…; the entity of that listing joins this one'),
    field('judge-reason', 'Reason (required)', h('textarea', { id: 'judge-reason', name: 'judge-reason', rows: 3, cols: 60, maxlength: 4000, 'aria-required': 'true' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'judge-button' }, 'Record judgement')),
    msg);
  joinWith.addEventListener('input', () => {
    const join = document.getElementById('judge-join');
    if (joinWith.value.trim() && join) {
      join.checked = true;
    }
  });
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    for (const el of form.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
    }
    const chosen = form.querySelector('input[name=judge-kind]:checked');
    const who = analyst();
    const base = { reason: value('judge-reason') };
    if (who) {
      base.analyst = who;
    }
    const judged = [];
    try {
      let bodies;
      if (!chosen) {
        throw new ApiError(400, { field: 'kind', detail: 'kind: choose a listing to split or "Join with…"' });
      } else if (chosen.value === 'join') {
        const target = await joinTarget(value('join-with'), listings);
        bodies = [Object.assign({ kind: 'join', a: current, b: target }, base)];
      } else if (value('join-with')) {
        // a split names no other entity: a typed id would be ignored, so it is refused
        throw new ApiError(400, { field: 'b', detail: 'b: a split takes no "Join with" id; clear it, or choose "Join with…"' });
      } else {
        const split = chosen.value.substring('split:'.length);
        bodies = listings.filter(l => l.id !== split).map(l => Object.assign({ kind: 'split', a: split, b: l.id }, base));
      }
      for (const b of bodies) {
        judged.push(await api('POST', '/resolution/judgements', b));
      }
      await done(judged, null);
    } catch (e) {
      if (judged.length > 0) {
        await done(judged, e);
      } else {
        showProblem(msg, e);
      }
    }
  });
  return h('section', { 'aria-labelledby': 'judge-h', class: 'decide' },
    h('h2', { id: 'judge-h' }, 'Split or join'),
    h('p', { class: 'muted' }, 'When these listings are not one party, split one off; when another listing names the same party, join it. '
      + 'The lists are resolved again at once, and every later resolution respects the judgement.'),
    form);
}

function radio(v, text) {
  const id = v === 'join' ? 'judge-join' : 'judge-' + v.replace(/[^A-Za-z0-9_-]/g, '_');
  return h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'judge-kind', value: v, id }), ' ' + text);
}

/** The listing id a typed listing or resolved id names, or a 400/404 naming the field "b". */
async function joinTarget(typed, listings) {
  if (!typed) {
    throw new ApiError(400, { field: 'b', detail: 'b: give the listing id or resolved id (ke:…) to join with' });
  }
  let e;
  try {
    e = await api('GET', '/entities/' + encodeURIComponent(typed));
  } catch (err) {
    throw err instanceof ApiError && err.status === 404 ? new ApiError(404, { field: 'b', detail: 'b: ' + err.message }) : err;
  }
  if (listings.some(l => l.id === e.id)) {
    throw new ApiError(409, { field: 'b', detail: 'b: ' + typed + ' is already a listing of this entity' });
  }
  return e.id;
}

/**
 * The problem next to the form: "Reason — reason: is required (400)", the field it names marked invalid and
 * focused; a problem naming no field of the form as the other pages show it ("This needs a write key: …").
 */
function showProblem(where, err) {
  const named = err && err.field ? FIELD_ELEMENTS[err.field] : null;
  const el = named ? document.getElementById(named[0]) : null;
  if (!el) {
    problem(where, err);
    return;
  }
  clear(where).appendChild(h('p', { class: 'error', role: 'alert', id: 'judge-error-text' },
    h('strong', {}, named[1]), ' — ' + err.message + ' (' + err.status + ')'));
  el.setAttribute('aria-invalid', 'true');
  el.setAttribute('aria-describedby', 'judge-error-text');
  el.focus();
}

/**
 * What the judgements recorded did, for the page's notice: each judgement's outcome, then the entities of its
 * listings as they now are (of the last answer: the resolution in force), each with its listings linked.
 */
export function judgedNotice(judged, error) {
  const last = judged[judged.length - 1];
  return h('div', { class: 'note', role: 'status', id: 'judge-notice', tabindex: '-1' },
    h('p', {}, judged.length + (judged.length === 1 ? ' judgement' : ' judgements') + ' recorded.'),
    h('ul', { class: 'plain', id: 'judge-outcomes' }, judged.map(r => h('li', {},
      r.judgement.kind + ' ' + r.judgement.a + ' / ' + r.judgement.b + ': ', outcome(r.judgement.status, r.judgement.detail)))),
    h('p', {}, 'Now:'),
    h('ul', { class: 'plain', id: 'judge-entities' }, last.entities.map(e => h('li', {},
      e.caption + ' (' + e.id + '): ', e.listings.length + (e.listings.length === 1 ? ' listing, ' : ' listings, '),
      e.listings.map((l, i) => [i > 0 ? ', ' : '', link(entityHref(l.id), l.id)])))),
    last.rescreened ? h('p', {}, last.rescreened + ' subject(s) re-screened, ' + last.opened + ' alert(s) opened.') : null,
    error ? h('p', { class: 'error', role: 'alert' }, 'Then stopped: ' + (error.describe ? error.describe() : error.message)) : null);
}
