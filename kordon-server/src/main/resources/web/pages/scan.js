// The Scan page (#/scan): a text or file scanned for listed names, mentions shown in place.
import { api } from '../api.js';
import { h, clear, table, link, entityHref, score } from '../dom.js';
import { heading, field, problem, status, fileInto } from '../form.js';

const MENTION_STATUS = [
  ['listed', '⚑', 'listed: the name is on a list (linked to the entity)'],
  ['ambiguous', '?', 'ambiguous: several listed candidates'],
  ['not listed', '○', 'not listed: a name no list holds'],
  ['pep', '◆', 'pep: a politically exposed person, not sanctioned'],
  ['possible', '≈', 'possible: a common name that may be a listed person (see the note)']];

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
    const counts = { listed: 0, 'not listed': 0, ambiguous: 0, pep: 0, possible: 0 };
    answer.mentions.forEach(m => counts[m.status]++);
    clear(out).append(
      h('h2', {}, answer.mentions.length + ' mention(s): ' + counts.listed + ' listed, ' + counts.ambiguous + ' ambiguous, '
        + counts.possible + ' possible, ' + counts.pep + ' pep, ' + counts['not listed'] + ' not listed'),
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
