package org.kordon.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Judgement;
import org.kordon.resolution.JudgementOutcome;
import org.kordon.resolution.Link;
import org.kordon.resolution.LinkReason;
import org.kordon.resolution.RefusedLink;
import org.kordon.resolution.Resolution;

/**
 * The driver's resolution of the lists as the executors receive it: its links (followed, possibly the same, refused)
 * and the analysts' judgements it was made with, as flat lists of strings, so that the broadcast carries text rather
 * than records and listings. {@link #resolution} rebuilds on an executor, with {@link Resolution#of}, a resolution
 * equal to the driver's (the same entities, ids, listings, links and judgement outcomes), without resolving.
 *
 * <pre>{@code
 * ResolutionLinks links = ResolutionLinks.of(Resolver.resolve(snapshot, names));   // on the driver, broadcast
 * Resolution same = links.resolution(snapshot);                                     // on an executor, same snapshot
 * }</pre>
 *
 * @param followed     per followed link {@value #LINK} strings: from, to, reason (the {@link LinkReason} name), evidence
 * @param possiblySame per possibly-same link the same {@value #LINK} strings
 * @param refused      per refused link those {@value #LINK} strings and the conflict
 * @param judgements   per judgement {@value #JUDGEMENT} strings: kind, a, b, analyst, reason, instant (ISO-8601)
 */
record ResolutionLinks(List<String> followed, List<String> possiblySame, List<String> refused, List<String> judgements)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The strings of one link. */
    static final int LINK = 4;
    /** The strings of one refused link: the link's and its conflict. */
    static final int REFUSED = LINK + 1;
    /** The strings of one judgement. */
    static final int JUDGEMENT = 6;

    ResolutionLinks {
        followed = List.copyOf(followed);
        possiblySame = List.copyOf(possiblySame);
        refused = List.copyOf(refused);
        judgements = List.copyOf(judgements);
        requireWhole("followed", followed, LINK);
        requireWhole("possiblySame", possiblySame, LINK);
        requireWhole("refused", refused, REFUSED);
        requireWhole("judgements", judgements, JUDGEMENT);
    }

    private static void requireWhole(String field, List<String> values, int stride) {
        if (values.size() % stride != 0) {
            throw new IllegalArgumentException(field + ": " + values.size() + " strings, not a multiple of " + stride);
        }
    }

    /** The links and judgements of {@code resolution}. */
    static ResolutionLinks of(Resolution resolution) {
        List<String> followed = new ArrayList<>();
        resolution.followed().forEach(l -> add(followed, l));
        List<String> possiblySame = new ArrayList<>();
        resolution.possiblySame().forEach(l -> add(possiblySame, l));
        List<String> refused = new ArrayList<>();
        for (RefusedLink r : resolution.refused()) {
            add(refused, r.link());
            refused.add(r.conflict());
        }
        List<String> judgements = new ArrayList<>();
        for (JudgementOutcome o : resolution.judgements()) {
            Judgement j = o.judgement();
            judgements.addAll(List.of(j.kind().name(), j.a(), j.b(), j.analyst(), j.reason(), j.at().toString()));
        }
        return new ResolutionLinks(followed, possiblySame, refused, judgements);
    }

    private static void add(List<String> out, Link l) {
        out.addAll(List.of(l.from(), l.to(), l.reason().name(), l.evidence()));
    }

    /**
     * The resolution of {@code snapshot} made of these links: equal to the one they were taken from when
     * {@code snapshot} is the same lists.
     *
     * @throws IllegalArgumentException when a link names a listing {@code snapshot} lacks
     */
    Resolution resolution(ListSnapshot snapshot) {
        List<RefusedLink> refusedLinks = new ArrayList<>(refused.size() / REFUSED);
        for (int i = 0; i < refused.size(); i += REFUSED) {
            refusedLinks.add(new RefusedLink(link(refused, i), refused.get(i + LINK)));
        }
        List<Judgement> given = new ArrayList<>(judgements.size() / JUDGEMENT);
        for (int i = 0; i < judgements.size(); i += JUDGEMENT) {
            given.add(new Judgement(Judgement.Kind.valueOf(judgements.get(i)), judgements.get(i + 1), judgements.get(i + 2),
                    judgements.get(i + 3), judgements.get(i + 4), Instant.parse(judgements.get(i + 5))));
        }
        return Resolution.of(snapshot, links(followed), links(possiblySame), refusedLinks, given);
    }

    private static List<Link> links(List<String> flat) {
        List<Link> out = new ArrayList<>(flat.size() / LINK);
        for (int i = 0; i < flat.size(); i += LINK) {
            out.add(link(flat, i));
        }
        return out;
    }

    private static Link link(List<String> flat, int i) {
        return new Link(flat.get(i), flat.get(i + 1), LinkReason.valueOf(flat.get(i + 2)), flat.get(i + 3));
    }
}
