// The Judgements page (#/judgements): every analyst's split and join of the resolution, in the order judged, with
// what the resolution in force did with each (docs/RESOLUTION.md, "Judgements").
import { api } from '../api.js';
import { h, clear, table, link, entityHref, when } from '../dom.js';
import { heading, problem, status } from '../form.js';

export async function judgementsPage(main) {
  clear(main).appendChild(heading('Judgements on the resolution'));
  const body = h('div', {});
  main.appendChild(body);
  try {
    const j = await api('GET', '/resolution/judgements');
    body.append(
      h('p', { class: 'muted' }, 'An analyst splits a wrong merge of listings or joins two listings of one party; every later '
        + 'resolution of the lists respects the judgement. A judgement is never changed: a later one on the same listings holds. '
        + (j.mayJudge ? 'Split and join from an entity\'s page.' : 'Recording one needs a write key.')),
      j.results.length === 0 ? h('p', { id: 'judgements-none' }, 'No judgement recorded yet.') : judgementsTable(j.results));
  } catch (err) {
    problem(body, err);
  }
}

/**
 * Judgements as a table: number, time, analyst (and the key, when another), kind, the two listings linked to their
 * entity pages, reason, and the outcome in the resolution in force ("applied", "not applied" with why).
 */
export function judgementsTable(results, caption) {
  return table(caption || null, ['#', 'Judged', 'Analyst', 'Kind', 'Listings', 'Reason', 'Outcome'], results.map(j => [
    String(j.id), when(j.judgedAt), j.analyst + (j.principal && j.principal !== j.analyst ? ' (key ' + j.principal + ')' : ''),
    j.kind, h('span', {}, link(entityHref(j.a), j.a), ' / ', link(entityHref(j.b), j.b)), j.reason,
    outcome(j.status, j.detail)]), 'grid cards judgements');
}

/** A judgement's outcome: its status as a badge and the resolution's words on why. */
export function outcome(word, detail) {
  return h('span', { class: 'outcome' }, status(word), detail ? ' ' + detail : null);
}
