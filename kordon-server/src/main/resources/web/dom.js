// Builds the page with DOM calls only: every value from the API or the user becomes a text node, never markup.

/**
 * h('a', {href: '#/x', class: 'c'}, 'text', child) -> an element. Attributes go through setAttribute; strings
 * become text nodes; arrays are flattened; null and false are skipped. 'on' + event attributes take functions.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.substring(2), v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(el, c);
    } else if (c instanceof Node) {
      el.appendChild(c);
    } else {
      el.appendChild(document.createTextNode(String(c)));
    }
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
  return el;
}

/**
 * A table with a caption, header row and rows of cells (strings or nodes). Each cell carries its column's header as
 * data-label, which a table of class "cards" shows before the cell when a narrow screen stacks its rows.
 */
export function table(caption, headers, rows, cls) {
  return h('table', { class: cls || 'grid' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => h('td', { 'data-label': headers[i] }, c))))));
}

/** A definition list from [term, value] pairs, skipping empty values. */
export function fields(pairs) {
  return h('dl', { class: 'fields' }, pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join('; ') : v)]));
}

export function link(href, text) {
  return h('a', { href }, text);
}

export function entityHref(id) {
  return '#/entity/' + encodeURIComponent(id);
}

export function score(s) {
  return h('span', { class: 'score' + (s >= 0.9 ? ' high' : s >= 0.78 ? ' mid' : '') }, Number(s).toFixed(2));
}

// ------------------------------------------------------------------ matched-name highlighting

/**
 * The listed name as written, with the words the query matched in <mark>s. `spans` are the server's [start, end)
 * offsets of those words in the name (`matched_words` of /match, `matchedWords` of an alert): the server folds both
 * names with the screening engine's own chain (transliteration, joined words such as the EU's "Влади мир"), so
 * the page never compares letters itself and a mark always covers whole words of the name.
 */
export function highlight(name, spans) {
  const out = h('span', { class: 'name' });
  const text = String(name);
  let last = 0;
  for (const [start, end] of Array.isArray(spans) ? spans : []) {
    if (!(start >= last && end > start && end <= text.length)) {
      continue;
    }
    if (start > last) {
      out.appendChild(document.createTextNode(text.substring(last, start)));
    }
    out.appendChild(h('mark', {}, text.substring(start, end)));
    last = end;
  }
  if (last < text.length) {
    out.appendChild(document.createTextNode(text.substring(last)));
  }
  return out;
}

// ------------------------------------------------------------------ how the score was made

const FEATURES = {
  name: 'name', 'weak-alias': 'weak alias', identifier: 'identifier', 'birth-date': 'birth date', country: 'country',
  schema: 'type', 'legal-form': 'legal form', cap: 'partial name'
};

/**
 * What a contribution says, in words: "same (1952-10-07)", "differs: 1990, listed 1952-10-07 (38 years apart)"; when
 * other listings of the entity than the matched one gave the evidence, "same (1952-10-07), given by eu-32014R0269".
 */
export function contributionText(c) {
  const given = / \(given by ([^)]+)\)$/.exec(String(c.detail || ''));
  const text = readable(given ? String(c.detail).substring(0, given.index) : String(c.detail || ''));
  return given ? text + ', given by ' + given[1] : text;
}

function readable(d) {
  let m;
  if ((m = /^birth (?:date|year) (\S+) matches(?: listed (.+))?$/.exec(d))) {
    return m[2] ? 'agrees (' + m[1] + '; listed ' + m[2] + ')' : 'same (' + m[1] + ')';
  }
  if ((m = /^birth (\S+) conflicts with listed (.+) \((.+)\)$/.exec(d))) {
    return 'differs: ' + m[1] + ', listed ' + m[2] + ' (' + m[3] + ')';
  }
  if ((m = /^country (\S+) matches$/.exec(d))) {
    return 'same (' + m[1] + ')';
  }
  if ((m = /^country (\S+) not among listed (.+)$/.exec(d))) {
    return 'differs: ' + m[1] + ', listed ' + m[2];
  }
  if ((m = /^identifier (.+) matches$/.exec(d))) {
    return 'same (' + m[1] + ')';
  }
  return d;
}

/** A contribution's effect on the score as a person reads it: "+0.02", "−0.10", or "no change" for zero. */
export function effectText(c) {
  const v = Math.round(Number(c.delta) * 100) / 100;
  if (c.feature === 'name') {
    return v.toFixed(2);
  }
  return v === 0 ? 'no change' : (v > 0 ? '+' : '−') + Math.abs(v).toFixed(2);
}

/**
 * The explanation's contributions as a table (one row each, every one kept, zeros included), ending with the sum
 * that is the score: "name 1.00 + birth date: same (1952-10-07) no change = 1.00".
 */
export function contributionsTable(contributions, total) {
  const rows = contributions.map(c => [FEATURES[c.feature] || String(c.feature).replace(/[-_]/g, ' '),
    h('span', { class: 'effect' + (Number(c.delta) < 0 && c.feature !== 'name' ? ' minus' : '') }, effectText(c)), contributionText(c)]);
  const sum = contributions.reduce((a, c) => a + Number(c.delta), 0);
  return h('table', { class: 'grid small contributions' },
    h('caption', {}, 'How the score was made'),
    h('thead', {}, h('tr', {}, ['Feature', 'Effect', 'Detail'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Score'), h('td', { class: 'total' }, Number(total === undefined ? sum : total).toFixed(2)),
      h('td', { class: 'muted' }, 'the sum of the effects above'))));
}

// ------------------------------------------------------------------ a resolved entity's listings side by side

const ID_LABELS = {
  passportNumber: 'passport', taxNumber: 'tax number', registrationNumber: 'registration', swiftBic: 'BIC', leiCode: 'LEI',
  imoNumber: 'IMO', mmsi: 'MMSI', callSign: 'call sign', serialNumber: 'serial number', idNumber: 'id', email: 'e-mail',
  website: 'website', phone: 'phone'
};

/** The rows where listings that disagree are flagged (programmes, dates of listing and names differ by nature). */
const COMPARED = new Set(['Birth dates', 'Nationalities', 'Identifiers']);

function identifierText(i) {
  return (ID_LABELS[i.type] || i.type) + ' ' + i.value + (i.country ? ' (' + i.country + ')' : '');
}

/**
 * A resolved entity's listings side by side: one column per listing (list, id, programmes, listed on, names, birth
 * dates, nationalities, identifiers), each value under the listing that gives it; a row whose listings disagree is
 * marked "differs"; `current`, the listing shown beside it, is labelled `currentLabel` ("matched" unless given). The table
 * scrolls inside its own box on a narrow screen, the page does not.
 */
export function listingsTable(listings, current, currentLabel) {
  if (!Array.isArray(listings) || listings.length === 0) {
    return null;
  }
  const rows = [
    ['List', l => [l.source]], ['Listing ID', l => [l.id]], ['Programmes', l => l.programs || []], ['Listed on', l => l.listedOn || []],
    ['Names', l => l.names || [l.name]], ['Birth dates', l => l.birthDates || []], ['Nationalities', l => l.nationalities || []],
    ['Identifiers', l => (l.identifiers || []).map(identifierText)]];
  const cell = values => values.length === 0 ? h('span', { class: 'muted' }, '—')
    : values.length === 1 ? values[0] : h('ul', { class: 'plain' }, values.map(v => h('li', {}, v)));
  const body = rows.map(([label, get]) => {
    const values = listings.map(get);
    const given = values.filter(v => v.length > 0).map(v => [...v].sort().join('|'));
    const differs = COMPARED.has(label) && new Set(given).size > 1;
    return h('tr', { class: differs ? 'differs' : null },
      h('th', { scope: 'row' }, label, differs ? h('span', { class: 'differs-note' }, ' differs') : null),
      values.map(v => h('td', {}, cell(v))));
  });
  return h('div', { class: 'scroll-x listings-wrap' },
    h('table', { class: 'grid listings-side' },
      h('caption', {}, listings.length === 1 ? 'Its listing' : listings.length + ' listings of this entity, side by side'),
      h('thead', {}, h('tr', {}, h('td', {}), listings.map(l => h('th', { scope: 'col', class: l.id === current ? 'current' : null },
        link(entityHref(l.id), l.source), l.id === current ? h('span', { class: 'muted' }, ' (' + (currentLabel || 'matched') + ')') : null)))),
      h('tbody', {}, body)));
}

export function entityNames(entity) {
  const p = entity.properties || {};
  return [...(p.name || []), ...(p.alias || []), ...(p.weakAlias || []), ...(p.previousName || [])];
}

export function programmesOf(entity) {
  const p = entity.properties || {};
  const set = new Set(p.program || []);
  for (const s of p.sanctions || []) {
    for (const prog of (s.properties && s.properties.program) || []) {
      set.add(prog);
    }
  }
  return [...set];
}

export function ageText(iso) {
  const ms = Date.now() - Date.parse(iso);
  if (!(ms >= 0)) {
    return '';
  }
  const min = Math.floor(ms / 60000);
  if (min < 60) {
    return min + ' min';
  }
  const hours = Math.floor(min / 60);
  return hours < 48 ? hours + ' h' : Math.floor(hours / 24) + ' days';
}

export function when(iso) {
  return iso ? String(iso).replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC') : '';
}
