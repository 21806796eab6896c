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

/** A table with a caption, header row and rows of cells (strings or nodes). */
export function table(caption, headers, rows, cls) {
  return h('table', { class: cls || 'grid' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', {}, c))))));
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

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Folds a word for comparison: decomposed, marks dropped, lower case (locale-independent). */
export function fold(word) {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text) {
  return (String(text).match(WORD) || []).map(fold);
}

function same(a, b) {
  if (a === b) {
    return true;
  }
  const n = Math.min(a.length, b.length);
  return n >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** The name among `names` sharing most words with the query (ties: the first, i.e. the primary name). */
export function bestName(names, query) {
  const qw = words(query);
  let best = names[0];
  let bestScore = -1;
  for (const n of names) {
    const nw = words(n);
    const common = nw.filter(w => qw.some(x => same(w, x))).length;
    const s = nw.length === 0 ? 0 : common / Math.max(nw.length, qw.length);
    if (s > bestScore) {
      best = n;
      bestScore = s;
    }
  }
  return best;
}

/** The name as text, with each word that matches a query word in a <mark>. */
export function highlight(name, query) {
  const qw = words(query);
  const out = h('span', { class: 'name' });
  const text = String(name);
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index > last) {
      out.appendChild(document.createTextNode(text.substring(last, m.index)));
    }
    const w = fold(m[0]);
    out.appendChild(qw.some(x => same(w, x)) ? h('mark', {}, m[0]) : document.createTextNode(m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) {
    out.appendChild(document.createTextNode(text.substring(last)));
  }
  return out;
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
