package org.kordon.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.Stake;

/** Small list versions of real listed names, shared by the review and server tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Entity putin(String version) {
        return Entity.builder("ofac-35096", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .birthDate(DateRange.of(PartialDate.parse("1952-10-07"))).nationality("ru")
                .source(new SourceRef("ofac-sdn", version)).build();
    }

    public static Entity lavrov(String version) {
        return Entity.builder("ofac-35098", Schema.PERSON).name("Sergei Viktorovich LAVROV", NameKind.PRIMARY)
                .birthDate(DateRange.of(PartialDate.parse("1950-03-21"))).nationality("ru")
                .source(new SourceRef("ofac-sdn", version)).build();
    }

    public static Entity rosneft(String version) {
        return Entity.builder("ofac-17095", Schema.COMPANY).name("ROSNEFT OIL COMPANY", NameKind.PRIMARY)
                .name("OAO ROSNEFT", NameKind.ALIAS).country("ru").source(new SourceRef("ofac-sdn", version)).build();
    }

    public static Entity sechin(String version) {
        return Entity.builder("ofac-17096", Schema.PERSON).name("Igor Ivanovich SECHIN", NameKind.PRIMARY)
                .birthDate(DateRange.of(PartialDate.parse("1960-09-07"))).nationality("ru")
                .source(new SourceRef("ofac-sdn", version)).build();
    }

    /** Putin as the EU lists him: the same man as {@link #putin} (name and birth date), on another list. */
    public static Entity putinEu(String version) {
        return Entity.builder("eu-669", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .name("Владимир Владимирович ПУТИН", NameKind.ALIAS)
                .birthDate(DateRange.of(PartialDate.parse("1952-10-07"))).nationality("ru")
                .source(new SourceRef("eu-fsf", version)).build();
    }

    /** Version 1: Putin, Lavrov, Rosneft. */
    public static ListLoad v1() {
        return load("v1", putin("v1"), lavrov("v1"), rosneft("v1"));
    }

    public static ListLoad load(String version, Entity... entities) {
        List<SourceRef> sources = List.of(entities).stream().map(e -> e.source().list()).distinct().sorted()
                .map(list -> new SourceRef(list, version)).toList();
        return ListLoad.ofSnapshot(new ListSnapshot(sources.isEmpty() ? List.of(new SourceRef("ofac-sdn", version)) : sources,
                new ArrayList<>(List.of(entities))), "fixture " + version);
    }

    /** Rosneft (ofac-17095) owns 100% of Beta Holding Ltd, which owns {@code beta}% of Beta Trade LLP. */
    public static Workflow.Stakes betaStakes(double beta) {
        OwnershipGraph g = OwnershipGraph.builder()
                .stake(Stake.shares("ofac-17095", "Beta Holding Ltd", Share.exact(100)))
                .stake(Stake.shares("Beta Holding Ltd", "Beta Trade LLP", Share.exact(beta)))
                .build();
        return new Workflow.Stakes(g, Set.of(), "stakes " + beta);
    }
}
