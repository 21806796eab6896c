package org.kordon.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.kordon.model.Entity;
import org.kordon.model.Schema;
import org.kordon.resolution.ResolvedEntity;

/**
 * The filters yente's {@code /match} and {@code /search} take as query parameters, each honoured with yente's meaning
 * or refused with 400 naming it:
 * <ul>
 *   <li>the path's dataset, {@code include_dataset}, {@code exclude_dataset}: only listings of the datasets in the
 *       path's dataset, among {@code include_dataset} when given, and not in {@code exclude_dataset}, count (yente:
 *       scope ∩ include − exclude); an unknown dataset in the path is 404, in a parameter 400;</li>
 *   <li>{@code exclude_schema}: listings of these FtM schemata do not count (an unknown schema is 400);</li>
 *   <li>{@code topics}: as yente, entities with any of the topics ({@link EntityJson#topics}: {@code sanction} for
 *       every listing with a sanction, other topics only where OpenSanctions' files give them); a filter without
 *       {@code sanction} is refused, since the official lists record no other topic and Kordon cannot tell which of
 *       their entities have it;</li>
 *   <li>{@code changed_since} (yente's pattern, {@code 2024-01-31} to {@code 2024-01-31T10:20:30}): only entities whose
 *       last change ({@link SeenDates}) is later count; an entity whose change the store has no record of is kept,
 *       since Kordon cannot tell it did not change;</li>
 *   <li>{@code exclude_entity_ids} (at most {@value #MAX_EXCLUDED_IDS}): an entity is left out when its resolved id or
 *       any of its listings' ids is named, as yente leaves out a merged entity when any referent is named.</li>
 * </ul>
 */
record YenteFilters(Set<String> lists, Set<String> excludedSchemata, Set<String> excludedIds, String changedSince,
                    Set<String> topics) {
    static final int MAX_EXCLUDED_IDS = 50;
    /** yente's {@code TS_PATTERN} for {@code changed_since}. */
    static final Pattern CHANGED_SINCE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$");

    static YenteFilters parse(Call call, YenteIndex.State state) {
        YenteDatasets datasets = state.datasets();
        String dataset = call.path("dataset");
        Set<String> lists = datasets.lists(dataset);
        if (lists == null) {
            throw Problem.notFound("dataset: no dataset '" + dataset + "'; use one of " + datasets.names());
        }
        lists = new HashSet<>(lists);
        // /search's "datasets" filters as include_dataset does (yente: any of them, with filter_op OR)
        List<String> include = new ArrayList<>(call.queryAll("include_dataset"));
        include.addAll(call.queryAll("datasets"));
        if (!include.isEmpty()) {
            Set<String> included = new HashSet<>();
            include.forEach(d -> included.addAll(known(datasets, "include_dataset", d)));
            lists.retainAll(included);
        }
        for (String d : call.queryAll("exclude_dataset")) {
            lists.removeAll(known(datasets, "exclude_dataset", d));
        }
        Set<String> schemata = new HashSet<>();
        for (String s : call.queryAll("exclude_schema")) {
            try {
                schemata.add(EntityJson.schemaName(Schema.parse(s)));
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("exclude_schema", "unknown schema '" + s + "' (Person, Organization, Company, LegalEntity, PublicBody, Vessel, Airplane)");
            }
        }
        List<String> topics = call.queryAll("topics");
        if (!topics.isEmpty() && topics.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(EntityJson.TOPIC))) {
            throw Problem.invalid("topics", "Kordon knows of every entity whether it is sanctioned (topic '" + EntityJson.TOPIC
                    + "'), but other topics only where OpenSanctions' files give them, not for the official lists, so it cannot filter by "
                    + topics + " alone; add topics=" + EntityJson.TOPIC);
        }
        String since = call.query("changed_since");
        if (since != null && !CHANGED_SINCE.matcher(since).matches()) {
            throw Problem.invalid("changed_since", "'" + since + "' is not a date or date-time such as 2024-01-31 or 2024-01-31T10:20:30");
        }
        List<String> ids = call.queryAll("exclude_entity_ids");
        if (ids.size() > MAX_EXCLUDED_IDS) {
            throw Problem.invalid("exclude_entity_ids", "holds " + ids.size() + " ids, at most " + MAX_EXCLUDED_IDS);
        }
        return new YenteFilters(Set.copyOf(lists), Set.copyOf(schemata), Set.copyOf(ids), since == null ? null : padded(since),
                Set.copyOf(topics));
    }

    private static Set<String> known(YenteDatasets datasets, String field, String name) {
        Set<String> lists = datasets.lists(name);
        if (lists == null) {
            throw Problem.invalid(field, "no dataset '" + name + "'; use one of " + datasets.names());
        }
        return lists;
    }

    /** {@code 2024-01-31T10} as {@code 2024-01-31T10:00:00}, comparable with {@link SeenDates}' strings. */
    private static String padded(String since) {
        String full = "0000-00-00T00:00:00";
        return since + full.substring(since.length());
    }

    /** Which listings count: of the chosen lists and schemata, on entities neither excluded by id nor unchanged since. */
    Predicate<Entity> listings(YenteIndex.State state) {
        return e -> {
            if (!lists.contains(e.source().list()) || excludedSchemata.contains(EntityJson.schemaName(e.schema()))) {
                return false;
            }
            if (excludedIds.isEmpty() && changedSince == null && topics.isEmpty()) {
                return true;
            }
            ResolvedEntity entity = state.resolved().entity(e.id()).orElse(null);
            if (entity == null) {
                return !excludedIds.contains(e.id()) && (topics.isEmpty() || EntityJson.topics(e).stream().anyMatch(topics::contains));
            }
            if (!topics.isEmpty() && entity.listings().stream().flatMap(l -> EntityJson.topics(l).stream()).noneMatch(topics::contains)) {
                return false;
            }
            if (excludedIds.contains(entity.id()) || entity.listingIds().stream().anyMatch(excludedIds::contains)) {
                return false;
            }
            String changed = changedSince == null ? null : state.seen().of(entity).lastChange();
            return changed == null || changed.compareTo(changedSince) > 0;
        };
    }
}
