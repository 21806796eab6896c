package org.kordon.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.store.Subject;

/**
 * The bank's subjects indexed by name, to find which of them a new or changed listed entity could match.
 *
 * <p>Delta re-screening turns the usual direction round: instead of screening 100,000 subjects against the
 * whole list, each name of the few changed entities is screened against an index of the subjects (the matcher's
 * own index, built over subjects as if they were listed), with a candidate threshold well below the alert
 * threshold. Scores in this direction differ (the IDF weights come from the subjects, and words of the listed name
 * the subject lacks weigh more), so the index only picks candidates; each candidate is then screened the usual
 * way against the full list, and only that decides an alert. {@code DeltaBenchmark} checks that the candidates
 * cover every alert a full re-screen finds on the changed entities.
 */
final class SubjectIndex {
    /** Candidate threshold: low, because reverse-direction scores run lower than forward ones. */
    static final double CANDIDATE_THRESHOLD = 0.45;
    /** At most this many candidates per listed name: common names must not flood the delta. */
    static final int CANDIDATES_PER_NAME = 500;
    private static final int MAX_NAMES_PER_ENTITY = 64;
    private static final SourceRef SUBJECTS = new SourceRef("subjects", null);

    private final Screener screener;
    private final int size;

    private SubjectIndex(Screener screener, int size) {
        this.screener = screener;
        this.size = size;
    }

    static SubjectIndex build(List<Subject> subjects) {
        List<Entity> asEntities = subjects.stream().filter(Subject::active)
                .map(s -> Entity.builder(s.id(), s.schema() == null ? Schema.LEGAL_ENTITY : s.schema())
                        .name(new Name(s.name(), NameKind.PRIMARY, null)).source(SUBJECTS).build())
                .toList();
        return new SubjectIndex(asEntities.isEmpty() ? null : Screeners.build(new ListSnapshot(List.of(SUBJECTS), asEntities), Algorithm.KORDON),
                asEntities.size());
    }

    int size() {
        return size;
    }

    /** Ids of subjects that could match any name of these entities. */
    Set<String> candidates(Collection<Entity> entities) {
        Set<String> ids = new HashSet<>();
        if (screener == null) {
            return ids;
        }
        for (Entity e : entities) {
            int n = 0;
            for (Name name : e.names()) {
                if (n++ == MAX_NAMES_PER_ENTITY) {
                    break;
                }
                if (name.value().isBlank()) {
                    continue;
                }
                for (Match m : screener.screen(Query.of(name.value()), CANDIDATE_THRESHOLD, CANDIDATES_PER_NAME)) {
                    ids.add(m.entity().id());
                }
            }
        }
        return ids;
    }
}
