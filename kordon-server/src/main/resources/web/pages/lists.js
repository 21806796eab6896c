// The Lists page (#/lists?from=&to=): the list versions loaded and the diff between two of them, with its chart.
import { api, q } from '../api.js';
import { h, clear, table, link, entityHref, when } from '../dom.js';
import { additionsRemovalsChart } from '../chart.js';
import { heading, field, value, problem } from '../form.js';

export async function listsPage(main, params) {
  clear(main).appendChild(heading('Lists'));
  const body = h('div', {});
  main.appendChild(body);
  try {
    const v = await api('GET', '/lists/versions');
    const versions = [...v.results].sort((a, b) => a.id - b.id);
    body.appendChild(table('Loaded list versions (current: ' + v.current + ')', ['Version', 'Loaded', 'Published', 'Entities', 'Added', 'Changed', 'Removed', 'Source'],
      versions.map(x => [String(x.id) + (x.id === v.current ? ' (current)' : ''), when(x.loadedAt), x.published || '', String(x.entityCount),
        String(x.added), String(x.changed), String(x.removed), x.source])));
    const to = Number(params.get('to') || v.current);
    const from = Number(params.get('from') || 0);
    const opts = (sel) => versions.map(x => h('option', { value: x.id, selected: x.id === sel }, 'v' + x.id + ' ' + when(x.loadedAt)));
    const form = h('form', { id: 'diff-form', class: 'form inline' },
      field('d-from', 'From', h('select', { id: 'd-from', name: 'd-from' }, h('option', { value: 0, selected: from === 0 }, 'nothing (before v1)'), opts(from))),
      field('d-to', 'To', h('select', { id: 'd-to', name: 'd-to' }, opts(to))),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show diff')));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      location.hash = '#/lists?from=' + value('d-from') + '&to=' + value('d-to');
    });
    const diff = h('div', { id: 'diff', 'aria-live': 'polite' });
    body.append(h('p', {}, 'Analysts\' splits and joins of resolved entities: ', link('#/judgements', 'judgements on the resolution'), '.'),
      h('h2', {}, 'Diff between two versions'), form, diff);
    if (from < to) {
      const d = await api('GET', '/ui/diff' + q({ from, to }));
      const counts = { added: 0, changed: 0, removed: 0 };
      d.changes.forEach(c => { counts[c.kind] = (counts[c.kind] || 0) + 1; });
      diff.append(
        h('p', {}, d.total + ' change(s) from ' + (from === 0 ? 'nothing' : 'v' + from) + ' to v' + to + ': ' + counts.added + ' added, '
          + counts.changed + ' changed, ' + counts.removed + ' removed' + (d.truncated ? ' (first ' + d.changes.length + ' shown)' : '') + '.'),
        h('figure', {}, additionsRemovalsChart(d.byProgram, d.versions),
          h('figcaption', {}, 'Additions (above the line) and removals (below) by programme, per list version.')),
        h('details', {}, h('summary', {}, 'Counts by programme as a table'),
          table(null, ['Version', 'Programme', 'Added', 'Changed', 'Removed'], d.byProgram.map(r => ['v' + r.versionId, r.program, String(r.added), String(r.changed), String(r.removed)]))),
        table('Changes', ['Version', 'Change', 'Entity', 'Programmes', 'Fields changed'],
          d.changes.slice(0, 500).map(c => ['v' + c.versionId, c.kind, c.kind === 'removed' ? c.caption : link(entityHref(c.entityId), c.caption),
            c.programs.join('; '), c.detail || ''])));
    } else {
      diff.appendChild(h('p', {}, 'Choose an earlier "from" than "to".'));
    }
  } catch (err) {
    problem(body, err);
  }
}
