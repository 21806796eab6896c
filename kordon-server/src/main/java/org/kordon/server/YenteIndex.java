package org.kordon.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kordon.matching.Algorithm;
import org.kordon.model.Entity;
import org.kordon.model.Identifier;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.review.Workflow;

/**
 * What the yente-compatible endpoints need of the lists in force beyond the workflow's screener, built once per
 * resolution and list version and only when first asked: the datasets ({@link YenteDatasets}), the dates each listing
 * was seen ({@link SeenDates}), a screener of yente's {@code ofac} algorithm over the same resolution, and the
 * listings by identifier (identifier-only queries). Thread-safe.
 */
final class YenteIndex {
    private final Workflow wf;
    private volatile State state;

    YenteIndex(Workflow wf) {
        this.wf = wf;
    }

    /** The state of the lists in force now. */
    State now() {
        ResolvedScreener resolved = wf.resolved();
        long version = wf.version().id();
        State s = state;
        if (s == null || s.resolved != resolved || s.version != version) {
            s = new State(wf, resolved, version);
            state = s;
        }
        return s;
    }

    /** One resolution and list version: the screeners, datasets, dates and identifiers of its listings. */
    static final class State {
        private final Workflow wf;
        private final ResolvedScreener resolved;
        private final long version;
        private final YenteDatasets datasets;
        private SeenDates seen;
        private ResolvedScreener ofac;
        private Map<String, List<Entity>> byIdentifier;

        private State(Workflow wf, ResolvedScreener resolved, long version) {
            this.wf = wf;
            this.resolved = resolved;
            this.version = version;
            this.datasets = YenteDatasets.of(wf.snapshot());
        }

        ResolvedScreener resolved() {
            return resolved;
        }

        long version() {
            return version;
        }

        YenteDatasets datasets() {
            return datasets;
        }

        /** The screener of {@code algorithm}: the workflow's own for Kordon's, one built on first use for OFAC's. */
        synchronized ResolvedScreener screener(Algorithm algorithm) {
            if (algorithm == Algorithm.KORDON) {
                return resolved;
            }
            if (ofac == null) {
                ofac = ResolvedScreener.build(datasets.snapshot(), resolved.resolution(), Algorithm.OFAC);
            }
            return ofac;
        }

        synchronized SeenDates seen() {
            if (seen == null) {
                seen = SeenDates.of(wf.store(), wf.version());
            }
            return seen;
        }

        /** The listings holding an identifier, by its normalised value ({@link Identifier#normalizedValue()}). */
        synchronized List<Entity> withIdentifier(String normalized) {
            if (byIdentifier == null) {
                Map<String, List<Entity>> m = new HashMap<>();
                for (Entity e : datasets.snapshot().entities()) {
                    for (Identifier id : e.identifiers()) {
                        List<Entity> l = m.computeIfAbsent(id.normalizedValue(), k -> new ArrayList<>(1));
                        if (!l.contains(e)) {
                            l.add(e);
                        }
                    }
                }
                byIdentifier = m;
            }
            return byIdentifier.getOrDefault(normalized, List.of());
        }
    }
}
