package org.kordon.maritime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kordon.matching.Match;
import org.kordon.matching.Query;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Schema;

/**
 * {@link OwnerCheck#listed}: a company is listed when its IMO company number is a listed company's, or its name
 * scores at least {@link Screeners#DEFAULT_THRESHOLD} against a listed organisation. Results are cached per
 * (name, number): shadow-fleet managers recur across hundreds of vessels. Thread-safe.
 */
final class ListedOwnerCheck implements OwnerCheck {
    private static final int TOP = 3;

    private final VesselIndex index;
    private final Screener screener;
    private final Map<String, List<OwnerHit>> cache = new ConcurrentHashMap<>();

    ListedOwnerCheck(ListSnapshot snapshot, Screener screener) {
        this.index = new VesselIndex(snapshot);
        this.screener = screener;
    }

    @Override
    public List<OwnerHit> check(String companyName, String companyImo) {
        return cache.computeIfAbsent(companyName + "\u0000" + companyImo, k -> compute(companyName, companyImo));
    }

    private List<OwnerHit> compute(String companyName, String companyImo) {
        List<OwnerHit> out = new ArrayList<>();
        if (companyImo != null && ImoCompanyNumber.isValid(companyImo)) {
            String n = ImoCompanyNumber.parse(companyImo).value();
            for (Entity e : index.byCompanyImo(n)) {
                out.add(new OwnerHit(e.id(), e.caption(), 1.0, "IMO company number " + n + " matches"));
            }
        }
        if (companyName == null || companyName.isBlank()) {
            return List.copyOf(out);
        }
        List<Match> ms = screener.screen(new Query(null, companyName, Schema.COMPANY, null, null, List.of()),
                Screeners.DEFAULT_THRESHOLD, TOP);
        for (Match m : ms) {
            Schema s = m.entity().schema();
            if (s == Schema.PERSON || s == Schema.VESSEL || s == Schema.AIRCRAFT) {
                continue;
            }
            if (out.stream().noneMatch(h -> h.entityId().equals(m.entity().id()))) {
                out.add(new OwnerHit(m.entity().id(), m.entity().caption(), m.score(),
                        m.explanation().summary()));
            }
        }
        return List.copyOf(out);
    }
}
