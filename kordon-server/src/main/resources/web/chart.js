// Additions (above the axis) and removals (below) per list version, stacked by programme, drawn as inline SVG.
const NS = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1f5fa8', '#c2571a', '#2e8540', '#8a3ab9', '#b8860b', '#00838f', '#c2185b', '#5d6d7e', '#6d4c41'];
const TOP = 8;

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
