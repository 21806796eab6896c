// The Entity page (#/entity/<id>): one listed entity's fields, sanctions, history across list versions, related
// entities and the subjects with alerts on it; a resolved entity's listings side by side, the analysts' judgements
// on them and, for a write key, the form that splits or joins them.
import { api, q } from '../api.js';
import { h, clear, table, fields, link, entityHref, score, when, listingsTable } from '../dom.js';
import { heading, problem } from '../form.js';
import { judgeForm, judgedNotice } from '../judge.js';
import { judgementsTable } from './judgements.js';

const PROPERTY_LABELS = {
  name: 'Name', alias: 'Aliases', weakAlias: 'Weak aliases', previousName: 'Previous names', birthDate: 'Birth dates',
  birthPlace: 'Birth places', nationality: 'Nationality', country: 'Country', address: 'Addresses', gender: 'Gender',
  position: 'Positions', notes: 'Notes', program: 'Programmes', passportNumber: 'Passport numbers', taxNumber: 'Tax numbers',
  registrationNumber: 'Registration numbers', idNumber: 'Identifiers', imoNumber: 'IMO number', mmsi: 'MMSI',
  callSign: 'Call sign', swiftBic: 'SWIFT/BIC', leiCode: 'LEI', flag: 'Flag', type: 'Vessel type', email: 'E-mail',
  website: 'Website', phone: 'Phone'
};

/** Shows entity `id`; `notice` (a node), when given, says first what the judgement just recorded did. */
export async function entityPage(main, id, notice) {
  clear(main).appendChild(heading('Listed entity'));
  const body = h('div', {});
  main.appendChild(body);
  try {
    // a resolved entity's id (ke:…) answers its first listing: the listing's own history and relations are shown
    const e = await api('GET', '/entities/' + encodeURIComponent(id));
    const [history, related, alerts, judgements] = await Promise.all([
      api('GET', '/ui/entities/' + encodeURIComponent(e.id) + '/history'),
      api('GET', '/ui/entities/' + encodeURIComponent(e.id) + '/related'),
      api('GET', '/alerts' + q({ entity: id, limit: 100 })),
      api('GET', '/resolution/judgements')]);
    main.firstChild.textContent = e.caption;
    const props = Object.entries(e.properties).filter(([k]) => k !== 'sanctions');
    const sanctions = e.properties.sanctions || [];
    const listings = e.listings || [];
    const ids = new Set(listings.map(l => l.id).concat([e.id]));
    const judged = judgements.results.filter(j => ids.has(j.a) || ids.has(j.b));
    if (notice) {
      body.appendChild(notice);
    }
    body.append(
      fields([['Entity ID', e.id], ['Resolved entity', listings.length > 1 ? e.resolved_id : null], ['Type', e.schema],
        ['Datasets', e.datasets], ['List', e.list], ['Published', e.published], ['Last change', e.last_change]]),
      listings.length > 1 ? h('section', { 'aria-labelledby': 'listings-h' }, h('h2', { id: 'listings-h' }, 'One entity, ' + listings.length + ' listings'),
        listingsTable(listings, e.id, 'this page')) : '',
      judgements.mayJudge ? judgeForm(listings.length ? listings : [{ id: e.id, source: e.list }], e.id,
        (recorded, error) => showJudged(main, e.id, recorded, error)) : '',
      h('section', { 'aria-labelledby': 'judgements-h', id: 'entity-judgements' }, h('h2', { id: 'judgements-h' }, 'Judgements on these listings'),
        judged.length === 0 ? h('p', {}, 'None. ', link('#/judgements', 'All judgements on the resolution'))
          : [judgementsTable(judged), h('p', {}, link('#/judgements', 'All judgements on the resolution'))]),
      h('h2', {}, 'Fields'),
      table(null, ['Field', 'Values'], props.map(([k, v]) => [PROPERTY_LABELS[k] || k, h('ul', { class: 'plain' }, v.map(x => h('li', {}, x)))])),
      h('h2', {}, 'Sanctions'),
      sanctions.length === 0 ? h('p', {}, 'No sanction details in the list.')
        : table(null, ['Authority', 'Programme', 'Listed on', 'Measures', 'Reason'], sanctions.map(s => {
          const p = s.properties || {};
          return [(p.authority || []).join('; '), (p.program || []).join('; '), (p.listingDate || []).join('; '),
            (p.provisions || []).join('; '), (p.reason || []).join('; ')];
        })),
      h('h2', {}, 'History across list versions'),
      history.results.length === 0 ? h('p', {}, 'No recorded change.')
        : table(null, ['Version', 'Loaded', 'Published', 'Change', 'Fields changed'],
          history.results.map(c => [String(c.versionId), when(c.loadedAt), c.published || '', c.kind, c.detail || ''])),
      h('h2', {}, 'Related entities'),
      h('p', { class: 'muted' }, 'The same name on other lists, or a shared identifier (the lists carry no ownership or association links).'),
      related.results.length === 0 ? h('p', {}, 'None found.')
        : table(null, ['Entity', 'Type', 'List', 'Programmes', 'Why'], related.results.map(r =>
          [link(entityHref(r.id), r.caption), r.schema, r.list, r.programs.join('; '), r.reason]), 'grid related'),
      h('h2', {}, 'Subjects with alerts on this entity'),
      alerts.results.length === 0 ? h('p', {}, 'None.')
        : table(null, ['Alert', 'Subject', 'Score', 'Status'],
          alerts.results.map(a => [link('#/alert/' + a.id, '#' + a.id), a.subjectId, score(a.score), String(a.status).toLowerCase()])));
  } catch (err) {
    problem(body, err);
  }
}

/**
 * After a judgement: the page of the listing it was made on, as the resolution now has it, the judgement's outcome
 * first. The address names the listing (a resolved id may have changed with the entity's listings).
 */
async function showJudged(main, listingId, recorded, error) {
  history.replaceState(null, '', entityHref(listingId));
  await entityPage(main, listingId, judgedNotice(recorded, error));
  document.getElementById('judge-notice').focus();
}
