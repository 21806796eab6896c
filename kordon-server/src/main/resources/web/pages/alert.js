// The Alert page (#/alert/<id>): the subject beside the listed entity, decisions, audit trail and the decision form.
import { api, analyst } from '../api.js';
import { h, clear, table, fields, link, entityHref, score, highlight, programmesOf, when, contributionsTable, listingsTable } from '../dom.js';
import { heading, field, value, problem } from '../form.js';

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
      h('p', { class: 'explanation' }, (a.kind === 'ownership' ? 'Ownership: the listed entity owns or controls the subject. Path: '
        : a.kind === 'payment' ? 'Payment: ' : '') + (a.explanation || '')),
      d.payment ? h('p', { id: 'alert-payment' }, 'Payment ' + d.payment.id + ': message ' + d.payment.messageId
        + (d.payment.transactionId ? ', transaction ' + d.payment.transactionId : '') + ' · ', h('span', { class: 'status ' + d.payment.status },
        d.payment.status), ' (released when every alert of the payment is a false positive, rejected at a true match)') : '',
      h('div', { class: 'side-by-side' },
        h('section', { 'aria-labelledby': 'subj-h' }, h('h2', { id: 'subj-h' }, 'Subject'),
          fields([['Name', h('span', { id: 'subject-name' }, s.name)], ['Subject ID', s.id], ['Type', s.schema], ['Birth date', s.birthDate],
            ['Country', s.country], ['Identifiers', s.identifiers]])),
        h('section', { 'aria-labelledby': 'ent-h' }, h('h2', { id: 'ent-h' }, 'Listed entity'),
          d.entity === null && a.kind === 'payment' && /^(place|unidentified)/.test(a.entityId)
            ? h('p', {}, a.entityId.startsWith('place:') ? 'A place under sanctions (' + a.entityId + '), not a listing: see the explanation.'
              : 'No listed entity: the bank could not be identified (see the explanation).')
            : d.entity === null ? h('p', { class: 'error' }, 'No longer in the lists in force.')
            : fields([['Name', link(entityHref(d.entity.id), d.entity.caption)], ['Matched name', highlight(a.matchedName || '', a.matchedWords)],
              ['Aliases', ep.alias], ['Type', d.entity.schema], ['Birth date', ep.birthDate], ['Nationality', ep.nationality],
              ['Country', ep.country], ['Identifiers', [...(ep.passportNumber || []), ...(ep.idNumber || []), ...(ep.taxNumber || []),
                ...(ep.registrationNumber || []), ...(ep.imoNumber || [])]], ['List', d.entity.datasets], ['Programmes', programmesOf(d.entity)]]),
          d.entityChangedSinceAlert ? h('p', { class: 'note' }, 'The listed entity changed since this alert was raised.') : null)),
      (a.listings || []).length > 1 ? h('section', { 'aria-labelledby': 'listings-h' }, h('h2', { id: 'listings-h' }, 'One entity, ' + a.listings.length + ' listings'),
        listingsTable(a.listings, d.entity ? d.entity.id : a.entityId)) : '',
      a.kind === 'payment' ? fields((a.features || []).map(f => [f.feature[0].toUpperCase() + f.feature.substring(1), f.detail]))
        : (a.features || []).length ? contributionsTable(a.features, a.score) : '');
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
