// The Payments page (#/payments): one ISO 20022 or SWIFT MT message screened; each transaction's parties and agents
// drawn as a chain from debtor to creditor with every hit marked on its party; with a subject id, the alerts opened.
import { api } from '../api.js';
import { h, append, clear, table, link, entityHref, score } from '../dom.js';
import { heading, field, input, problem, status, fileInto } from '../form.js';

// Where a role stands on the route, debtor side first (ISO 20022 and MT roles); other roles follow in message order.
const ROUTE_ORDER = ['initiating_party', 'ultimate_debtor', 'debtor', 'ordering_customer', 'forwarding_agent', 'debtor_agent',
  'ordering_institution', 'sending_institution', 'sender', 'previous_instructing_agent_1', 'previous_instructing_agent_2',
  'previous_instructing_agent_3', 'instructing_agent', 'senders_correspondent', 'instructing_reimbursement_agent',
  'intermediary_agent_1', 'intermediary_agent_2', 'intermediary_agent_3', 'intermediary', 'receivers_correspondent',
  'third_reimbursement_institution', 'instructed_reimbursement_agent', 'third_reimbursement_agent', 'instructed_agent',
  'receiver', 'creditor_agent', 'account_with_institution', 'beneficiary_institution', 'creditor', 'beneficiary_customer',
  'ultimate_creditor'];
const MARK = { block: '⛔', hold: '⚠' };

export function paymentsPage(main) {
  const out = h('div', { id: 'pay-out', 'aria-live': 'polite' });
  const text = h('textarea', { id: 'p-message', name: 'p-message', rows: 10, maxlength: 1000000, spellcheck: 'false',
    'aria-describedby': 'p-message-hint' });
  const fileInput = h('input', { id: 'p-file', name: 'p-file', type: 'file', accept: '.xml,.fin,.txt,.mt,application/xml,text/xml,text/plain',
    'aria-describedby': 'p-file-hint' });
  const form = h('form', { id: 'pay-form', class: 'form' },
    h('div', { class: 'field wide' }, h('label', { for: 'p-message' }, 'Message'), text,
      h('span', { class: 'hint', id: 'p-message-hint' }, 'ISO 20022 XML (pacs.008, pacs.009, pain.001, pacs.004, camt.056) or SWIFT MT (103, 202, COV).')),
    field('p-file', 'Or a file', fileInput, 'An .xml or a .fin file (UTF-8).'),
    field('p-subject', 'Subject id', input('p-subject', { maxlength: 200, 'aria-describedby': 'p-subject-hint' }),
      'Optional: records a held payment under this customer or case and opens its alerts (a write key).'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'pay-button' }, 'Screen')));
  fileInput.addEventListener('change', async () => {
    const f = fileInput.files[0];
    if (f && await fileInto(f, text, out)) {
      clear(out);
    }
  });
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    screen(out, text.value, document.getElementById('p-subject').value.trim());
  });
  clear(main).append(heading('Screen a payment'), form, out);
}

async function screen(out, message, subjectId) {
  if (!message.trim()) {
    problem(out, 'Paste a payment message or choose a file.');
    document.getElementById('p-message').focus();
    return;
  }
  clear(out).appendChild(h('p', { class: 'muted' }, 'Screening… (the first payment builds the indexes: a few seconds)'));
  try {
    const body = subjectId ? { message, subject_id: subjectId } : { message };
    const a = await api('POST', '/payments/screen', body);
    // dom.js' append: arrays flattened, null skipped (Element.append would write them as text)
    append(clear(out), [
      h('h2', { id: 'pay-verdict' }, 'Verdict: ', status(a.verdict), ' · ' + a.messages.length + ' message(s), '
        + a.findings.filter(f => f.entity_id || f.verdict !== 'release').length + ' finding(s)'),
      a.messages.map(m => h('p', { class: 'muted' }, (m.type || 'unreadable') + ' ' + m.message_id + ': ', status(m.verdict))),
      a.transactions.map(t => transaction(t, a.findings.filter(f => f.message_id === t.message_id && f.transaction_id === t.transaction_id))),
      unplaced(a),
      a.payments ? recorded(a) : null]);
  } catch (e) {
    problem(out, e);
  }
}

/** One transaction: its route as an ordered chain of parties, hits marked, then its findings. */
function transaction(t, findings) {
  const rank = role => {
    const i = ROUTE_ORDER.indexOf(role.replace(/^(underlying|original|return_chain)_/, ''));
    return i < 0 ? ROUTE_ORDER.length : i;
  };
  const parties = t.parties.map((p, i) => ({ p, i })).sort((x, y) => rank(x.p.role) - rank(y.p.role) || x.i - y.i).map(x => x.p);
  const onParty = p => findings.filter(f => f.role === p.role && f.field === p.field && f.verdict !== 'release');
  const verdict = findings.reduce((v, f) => f.verdict === 'block' || v === 'block' ? 'block' : f.verdict === 'hold' || v === 'hold' ? 'hold' : v, 'release');
  return h('section', { class: 'payment-tx', 'data-transaction': t.transaction_id },
    h('h3', {}, 'Transaction ' + t.transaction_id + ' (' + t.message_id + ') ', status(verdict)),
    h('ol', { class: 'route', 'aria-label': 'Route of transaction ' + t.transaction_id + ', from debtor to creditor' },
      parties.map(p => {
        const hits = onParty(p);
        const worst = hits.some(f => f.verdict === 'block') ? 'block' : hits.length ? 'hold' : '';
        return h('li', { class: 'party' + (p.agent ? ' agent' : '') + (worst ? ' hit ' + worst : ''), 'data-role': p.role },
          h('span', { class: 'role' }, p.role.replace(/_/g, ' ')),
          h('span', { class: 'who' }, worst ? h('span', { class: 'marker', 'aria-hidden': 'true' }, MARK[worst] + ' ') : null,
            p.name || p.bic || '(no name)'),
          p.name && p.bic ? h('span', { class: 'bic' }, p.bic) : null,
          p.country ? h('span', { class: 'muted' }, p.country) : null,
          worst ? h('span', { class: 'sr-only' }, ' (' + worst + ': ' + hits.map(f => f.entity_id).join(', ') + ')') : null,
          hits.map(f => h('span', { class: 'hit-entity' }, f.entity_id && !f.entity_id.startsWith('place:')
            ? link(entityHref(f.entity_id), f.entity_id) : f.entity_id || f.value)));
      })),
    freeTextHits(findings.filter(f => !t.parties.some(p => p.role === f.role && p.field === f.field) && f.verdict !== 'release')),
    findingsTable(findings));
}

/** Hits that are on no party (remittance information, fields 70/72): said under the route, marked the same way. */
function freeTextHits(hits) {
  return hits.length === 0 ? null : h('ul', { class: 'plain free-text-hits', 'aria-label': 'Hits in free text' },
    hits.map(f => h('li', { class: 'hit ' + f.verdict }, h('span', { class: 'marker', 'aria-hidden': 'true' }, MARK[f.verdict] + ' '),
      f.verdict + ' in ' + f.field + ': ' + f.value + ' (' + f.entity_id + ')')));
}

function findingsTable(findings) {
  const rows = findings.filter(f => f.entity_id || f.verdict !== 'release');
  if (rows.length === 0) {
    const released = findings.find(f => f.verdict === 'release');
    return h('p', {}, released ? released.explanation : 'No finding.');
  }
  return table(null, ['Verdict', 'Field', 'Role', 'Value', 'Listed entity', 'Score', 'Explanation'],
    rows.map(f => [status(f.verdict), f.field, f.role, f.value,
      f.entity_id && !f.entity_id.startsWith('place:') ? link(entityHref(f.entity_id), f.entity_id) : f.entity_id,
      f.score ? score(Number(f.score)) : '', f.explanation]), 'grid findings');
}

/** Findings of messages that could not be read (no transaction to draw). */
function unplaced(a) {
  const drawn = new Set(a.transactions.map(t => t.message_id + '\u0001' + t.transaction_id));
  const rest = a.findings.filter(f => !drawn.has(f.message_id + '\u0001' + f.transaction_id));
  return rest.length === 0 ? null : h('section', { class: 'payment-tx unreadable' }, h('h3', {}, 'Not readable'), findingsTable(rest));
}

/** The payments recorded under the subject, with the alerts they opened. */
function recorded(a) {
  return h('section', { id: 'pay-recorded' },
    h('h2', {}, a.payments.length === 0 ? 'Nothing recorded: every transaction is released'
      : a.payments.length + ' payment(s) recorded under ' + a.subject_id + ', ' + a.alert_ids.length + ' alert(s) opened'),
    a.payments.length === 0 ? null : table(null, ['Payment', 'Message', 'Transaction', 'Status', 'Alerts'],
      a.payments.map(p => [String(p.id), p.message_id, p.transaction_id || p.reason, status(p.status),
        p.alert_ids.length === 0 ? 'none (an analyst must look at the message)'
          : h('ul', { class: 'plain' }, p.alert_ids.map(id => h('li', {}, link('#/alert/' + id, 'alert ' + id))))]), 'grid'));
}
