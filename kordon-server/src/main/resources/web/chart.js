// The page's one way to draw a chart: inline SVG built with DOM calls (no library, no markup strings). Every chart
// on the pages comes from here: additions and removals per list version (Lists), an ownership evidence path
// (Ownership), a vessel's history timeline (Vessel). Charts in files and reports are drawn on the server with JFreeChart.
const NS = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1f5fa8', '#c2571a', '#2e8540', '#8a3ab9', '#b8860b', '#00838f', '#c2185b', '#5d6d7e', '#6d4c41'];
const TOP = 8;

/** An SVG element with attributes and an optional text child. */
function s(tag, attrs, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    el.setAttribute(k, String(v));
  }
  if (text !== undefined) {
    el.appendChild(document.createTextNode(String(text)));
  }
  return el;
}

/**
 * rows: [{versionId, program, added, changed, removed}]; versions: [{id, loadedAt}].
 * Returns an <svg> with role="img" and a text alternative; the eight largest programmes get a colour each,
 * the rest are summed as "other programmes".
 */
export function additionsRemovalsChart(rows, versions) {
  const totals = new Map();
  for (const r of rows) {
    totals.set(r.program, (totals.get(r.program) || 0) + r.added + r.removed);
  }
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(e => e[0]);
  const shown = ranked.slice(0, TOP);
  const key = p => (shown.includes(p) ? p : 'other programmes');
  const series = ranked.length > TOP ? [...shown, 'other programmes'] : shown;
  const byVersion = new Map(versions.map(v => [v.id, new Map()]));
  for (const r of rows) {
    const m = byVersion.get(r.versionId);
    if (!m) {
      continue;
    }
    const c = m.get(key(r.program)) || { added: 0, removed: 0 };
    c.added += r.added;
    c.removed += r.removed;
    m.set(key(r.program), c);
  }
  let maxUp = 1;
  let maxDown = 0;
  for (const m of byVersion.values()) {
    let up = 0;
    let down = 0;
    for (const c of m.values()) {
      up += c.added;
      down += c.removed;
    }
    maxUp = Math.max(maxUp, up);
    maxDown = Math.max(maxDown, down);
  }
  const W = 720;
  const H = 300;
  const left = 50;
  const plotH = 220;
  const top = 20;
  // with no removals at all, keep a sliver below the axis so the layout reads the same
  const below = Math.max(maxDown, maxUp / 20);
  const axisY = top + plotH * maxUp / (maxUp + below);
  const scale = plotH / (maxUp + below);
  const n = Math.max(1, versions.length);
  const band = (W - left - 200) / n;
  const barW = Math.min(60, band * 0.6);
  const summary = versions.map(v => {
    let up = 0;
    let down = 0;
    for (const c of byVersion.get(v.id).values()) {
      up += c.added;
      down += c.removed;
    }
    return 'version ' + v.id + ': ' + up + ' added, ' + down + ' removed';
  }).join('; ');
  const svg = s('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'chart' });
  svg.appendChild(s('title', { id: 'chart-title' }, 'Additions and removals by programme per list version'));
  svg.appendChild(s('desc', { id: 'chart-desc' }, summary));
  svg.appendChild(s('line', { x1: left, x2: W - 200, y1: axisY, y2: axisY, stroke: '#333' }));
  svg.appendChild(s('text', { x: 4, y: top + 10, class: 'axis' }, '+' + maxUp));
  if (maxDown > 0) {
    svg.appendChild(s('text', { x: 4, y: top + plotH, class: 'axis' }, '−' + maxDown));
  }
  if (top + plotH - axisY > 16 && axisY - top > 16) {
    svg.appendChild(s('text', { x: 4, y: axisY + 4, class: 'axis' }, '0'));
  }
  versions.forEach((v, i) => {
    const x = left + band * i + (band - barW) / 2;
    let yUp = axisY;
    let yDown = axisY;
    const m = byVersion.get(v.id);
    series.forEach((p, j) => {
      const c = m.get(p);
      if (!c) {
        return;
      }
      const colour = COLOURS[j % COLOURS.length];
      if (c.added > 0) {
        const hgt = c.added * scale;
        yUp -= hgt;
        const r = s('rect', { x, y: yUp, width: barW, height: Math.max(1, hgt), fill: colour });
        r.appendChild(s('title', {}, p + ': ' + c.added + ' added in version ' + v.id));
        svg.appendChild(r);
      }
      if (c.removed > 0) {
        const hgt = c.removed * scale;
        const r = s('rect', { x, y: yDown, width: barW, height: Math.max(1, hgt), fill: colour, 'fill-opacity': 0.55, stroke: colour });
        r.appendChild(s('title', {}, p + ': ' + c.removed + ' removed in version ' + v.id));
        svg.appendChild(r);
        yDown += hgt;
      }
    });
    svg.appendChild(s('text', { x: x + barW / 2, y: H - 30, 'text-anchor': 'middle', class: 'axis' }, 'v' + v.id));
    svg.appendChild(s('text', { x: x + barW / 2, y: H - 14, 'text-anchor': 'middle', class: 'axis small' },
      String(v.loadedAt || '').substring(0, 10)));
  });
  series.forEach((p, j) => {
    const y = top + j * 20;
    svg.appendChild(s('rect', { x: W - 190, y, width: 12, height: 12, fill: COLOURS[j % COLOURS.length] }));
    svg.appendChild(s('text', { x: W - 172, y: y + 11, class: 'legend' }, p.length > 22 ? p.substring(0, 21) + '…' : p));
  });
  svg.appendChild(s('text', { x: W - 190, y: H - 14, class: 'axis small' }, 'above: added · below: removed'));
  return svg;
}

// ------------------------------------------------------------------ ownership evidence path

/**
 * Reads an ownership evidence string ("X3 -10%-> B3; X3 -50%-> A3(blocked) -40%-> B3") into nodes and edges.
 * A node id keeps its exact text; a "(blocked)"-style suffix becomes its status; "+2 more" is counted in `more`.
 */
export function parseEvidence(evidence) {
  const nodes = new Map();
  const edges = new Map();
  let more = 0;
  const node = text => {
    const m = /^(.*)\((blocked|controlled|undetermined|clear)\)$/s.exec(text);
    const id = m ? m[1] : text;
    const n = nodes.get(id) || { id, status: '' };
    if (m) {
      n.status = m[2];
    }
    nodes.set(id, n);
    return id;
  };
  for (const path of String(evidence || '').split('; ')) {
    const extra = /^\+(\d+) more$/.exec(path);
    if (extra) {
      more += Number(extra[1]);
      continue;
    }
    if (!path) {
      continue;
    }
    const parts = path.replace(/^\.\.\. /, '… ').split(/ -(.*?)-> /);
    let from = node(parts[0].startsWith('… ') ? '…' : parts[0]);
    if (parts[0].startsWith('… ')) {
      const next = node(parts[0].substring(2));
      edges.set(from + '\u0000' + next + '\u0000', { from, to: next, label: '' });
      from = next;
    }
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const to = node(parts[i + 1]);
      edges.set(from + '\u0000' + to + '\u0000' + parts[i], { from, to, label: parts[i] });
      from = to;
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], more };
}

function clip(text, max) {
  const cps = [...String(text)];
  return cps.length <= max ? cps.join('') : cps.slice(0, max - 1).join('') + '…';
}

/**
 * The evidence path of one entity as an <svg> (role="img"): owners left, the entity right, each stake an arrow
 * labelled with its share; listed owners filled dark red, blocked intermediaries dashed with "blocked" under the id.
 * `listed` is the set of listed ids; `target` the entity the evidence is about.
 */
export function ownershipGraph(evidence, listed, target, targetStatus) {
  const { nodes, edges } = parseEvidence(evidence);
  if (!nodes.some(n => n.id === target)) {
    nodes.push({ id: target, status: '' });
  }
  // column = longest chain of owners before the node (the evidence paths have no cycles)
  const layer = new Map(nodes.map(n => [n.id, 0]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const e of edges) {
      if (layer.get(e.to) < layer.get(e.from) + 1) {
        layer.set(e.to, layer.get(e.from) + 1);
        changed = true;
      }
    }
    if (!changed) {
      break;
    }
  }
  const columns = [];
  for (const n of nodes) {
    const l = layer.get(n.id);
    (columns[l] = columns[l] || []).push(n);
  }
  const W = 170;
  const H = 46;
  const GAP_X = 120;
  const GAP_Y = 34;
  const PAD = 20;
  const rows = Math.max(...columns.map(c => (c ? c.length : 0)));
  // an edge that skips columns is drawn as an arc above the nodes, so that it does not run through them
  const lift = e => 36 + 18 * (layer.get(e.to) - layer.get(e.from) - 2);
  const skips = edges.filter(e => layer.get(e.to) - layer.get(e.from) > 1);
  const above = skips.length ? Math.max(...skips.map(lift)) * 0.75 + 14 : 0;
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GAP_X;
  const body = rows * H + (rows - 1) * GAP_Y;
  const height = PAD * 2 + above + body;
  const pos = new Map();
  columns.forEach((col, i) => {
    const top = PAD + above + (body - (col.length * H + (col.length - 1) * GAP_Y)) / 2;
    col.forEach((n, j) => pos.set(n.id, { x: PAD + i * (W + GAP_X), y: top + j * (H + GAP_Y) }));
  });
  const svg = s('svg', { class: 'graph', role: 'img', viewBox: '0 0 ' + width + ' ' + height, width, height, 'aria-labelledby': 'graph-title' });
  svg.appendChild(s('title', { id: 'graph-title' }, 'Ownership path to ' + target + ': ' + (evidence || 'no listed owner')));
  const defs = s('defs');
  const marker = s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.appendChild(s('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#57606a' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  for (const e of edges) {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    const g = s('g', { class: 'edge-group', 'data-from': e.from, 'data-to': e.to });
    let lx;
    let ly;
    if (layer.get(e.to) - layer.get(e.from) > 1) {
      const x1 = a.x + W * 0.75;
      const x2 = b.x + W * 0.25;
      const up = lift(e);
      g.appendChild(s('path', { class: 'edge', d: `M ${x1} ${a.y} C ${x1} ${a.y - up}, ${x2} ${b.y - up}, ${x2} ${b.y - 2}`, 'marker-end': 'url(#arrow)' }));
      lx = (x1 + x2) / 2;
      ly = (a.y + b.y) / 2 - up * 0.75;
    } else {
      const x1 = a.x + W;
      const y1 = a.y + H / 2;
      const x2 = b.x;
      const y2 = b.y + H / 2;
      const mx = (x1 + x2) / 2;
      g.appendChild(s('path', { class: 'edge', d: `M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2 - 2} ${y2}`, 'marker-end': 'url(#arrow)' }));
      lx = mx;
      ly = (y1 + y2) / 2;
    }
    if (e.label) {
      const label = clip(e.label, 22);
      const lw = label.length * 7.2 + 10;
      const lg = s('g', { class: 'edge-label' });
      lg.appendChild(s('rect', { x: lx - lw / 2, y: ly - 10, width: lw, height: 20, rx: 4 }));
      lg.appendChild(s('text', { x: lx, y: ly + 4, 'text-anchor': 'middle' }, label));
      g.appendChild(lg);
    }
    svg.appendChild(g);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const isListed = listed.has(n.id);
    const kind = isListed ? 'listed' : n.id === target ? (targetStatus || n.status) : n.status;
    const cls = ['node', isListed ? 'listed' : '', n.status === 'blocked' && n.id !== target ? 'blocked' : '', n.id === target ? 'target' : '']
      .filter(Boolean).join(' ');
    const g = s('g', { class: cls, 'data-id': n.id });
    g.appendChild(s('title', {}, n.id + (kind ? ' (' + kind + ')' : '')));
    g.appendChild(s('rect', { x: p.x, y: p.y, width: W, height: H, rx: 6 }));
    g.appendChild(s('text', { x: p.x + W / 2, y: p.y + (kind ? 19 : 28), 'text-anchor': 'middle', class: 'id' }, clip(n.id, 22)));
    if (kind) {
      g.appendChild(s('text', { x: p.x + W / 2, y: p.y + 36, 'text-anchor': 'middle', class: 'kind' }, kind));
    }
    svg.appendChild(g);
  }
  return svg;
}

// ------------------------------------------------------------------ vessel history timeline

const LANES = [['name', 'Name'], ['flag', 'Flag'], ['registered_owner', 'Registered owner'], ['ism_manager', 'ISM manager'],
  ['ship_manager', 'Ship manager'], ['owner_as_listed', 'Owner (as listed)'], ['listed', 'Listing'], ['uninsured', 'No known P&I']];
const LANE_COLOURS = { name: '#1f5fa8', flag: '#2e8540', registered_owner: '#8a3ab9', ism_manager: '#c2571a', ship_manager: '#b8860b',
  owner_as_listed: '#5d6d7e', listed: '#a40e26', uninsured: '#6d4c41' };

const DAY = 86400000;

/**
 * A vessel's history as an <svg> timeline: one lane per kind (name, flag, owners, managers, listings, uninsured),
 * a bar per period from its first to its last day (open periods run to `asOf`). Events without a date are left
 * out of the picture (the table beside it lists every event).
 */
export function vesselTimeline(events, asOf) {
  const end = Date.parse(asOf);
  const dated = events.filter(e => e.from);
  const svgW = 1120;
  const left = 140;
  const right = 16;
  const start = Math.min(end - 365 * DAY, ...dated.map(e => Date.parse(e.from)));
  const first = new Date(start).getUTCFullYear();
  const t0 = Date.UTC(first, 0, 1);
  const t1 = Math.max(end, ...dated.map(e => (e.to ? Date.parse(e.to) : end))) + 30 * DAY;
  const x = t => left + (t - t0) / (t1 - t0) * (svgW - left - right);
  const lanes = [];
  for (const [kind, title] of LANES) {
    const items = dated.filter(e => e.kind === kind)
      .map(e => ({ e, a: Date.parse(e.from), b: e.to ? Date.parse(e.to) : end }))
      .sort((p, q) => p.a - q.a);
    if (items.length === 0) {
      continue;
    }
    const rows = [];
    for (const it of items) {
      let r = rows.findIndex(last => last <= it.a);
      if (r < 0) {
        r = rows.length;
        rows.push(0);
      }
      rows[r] = it.b;
      it.row = r;
    }
    lanes.push({ kind, title, items, rows: rows.length });
  }
  const ROW = 22;
  const top = 26;
  let y = top;
  for (const l of lanes) {
    l.y = y;
    y += l.rows * ROW + 10;
  }
  const height = Math.max(y + 6, 60);
  const svg = s('svg', { class: 'timeline', role: 'img', viewBox: '0 0 ' + svgW + ' ' + height, width: svgW, height, 'aria-labelledby': 'timeline-title' });
  svg.appendChild(s('title', { id: 'timeline-title' }, 'History of the vessel over time, one lane per kind of change; the table below has every entry'));
  const years = new Date(t1).getUTCFullYear() - first + 1;
  const step = years > 24 ? 5 : years > 12 ? 2 : 1;
  for (let yr = first; yr <= first + years; yr += step) {
    const t = Date.UTC(yr, 0, 1);
    if (t > t1) {
      break;
    }
    svg.appendChild(s('line', { class: 'grid-line', x1: x(t), x2: x(t), y1: top - 6, y2: height }));
    svg.appendChild(s('text', { class: 'axis', x: x(t) + 2, y: 14 }, yr));
  }
  for (const l of lanes) {
    svg.appendChild(s('text', { class: 'lane-label', x: 6, y: l.y + 15 }, l.title));
    for (const it of l.items) {
      const bx = x(it.a);
      const bw = Math.max(3, x(it.b) - bx);
      const by = l.y + it.row * ROW;
      const g = s('g', { class: 'period', 'data-kind': l.kind });
      g.appendChild(s('title', {}, l.title + ': ' + it.e.value + ' (' + it.e.from + ' to ' + (it.e.to || 'present') + ')'));
      g.appendChild(s('rect', { class: 'bar', x: bx, y: by, width: bw, height: ROW - 3, rx: 3, fill: LANE_COLOURS[l.kind] }));
      const room = Math.floor((bw - 6) / 6.4);
      if (room >= 3) {
        g.appendChild(s('text', { class: 'bar-text', x: bx + 4, y: by + 14 }, clip(it.e.value, room)));
      }
      svg.appendChild(g);
    }
  }
  svg.appendChild(s('line', { class: 'asof', x1: x(end), x2: x(end), y1: top - 6, y2: height }));
  return svg;
}
