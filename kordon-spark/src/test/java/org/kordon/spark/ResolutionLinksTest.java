package org.kordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.lists.ListLoader;
import org.kordon.lists.LoadOptions;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.resolution.Judgement;
import org.kordon.resolution.Link;
import org.kordon.resolution.Resolution;
import org.kordon.resolution.Resolver;
import org.kordon.testkit.SharedData;

/** The driver's resolution as broadcast to the executors: rebuilt equal, from text only. */
class ResolutionLinksTest {
    private static final ListSnapshot SAMPLE = ListLoader.load(List.of(ScreenJobTest.SAMPLE), LoadOptions.defaults()).snapshot();

    /** {@code links} after Java serialization, as a broadcast delivers it. */
    private static ResolutionLinks broadcast(ResolutionLinks links) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(links);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ResolutionLinks) in.readObject();
        }
    }

    @Test
    void sampleWithJudgements_serializedAndRebuilt_equalsDriversResolution() throws Exception {
        Resolution plain = Resolver.resolve(SAMPLE, Screeners.build(SAMPLE, Algorithm.KORDON));
        Link followed = plain.followed().get(0);
        List<Entity> listings = SAMPLE.entities();
        List<Judgement> judgements = List.of(
                new Judgement(Judgement.Kind.SPLIT, followed.from(), followed.to(), "anna", "two parties", Instant.parse("2026-01-02T03:04:05Z")),
                new Judgement(Judgement.Kind.JOIN, listings.get(0).id(), listings.get(1).id(), "bob", "one party",
                        Instant.parse("2026-01-03T00:00:00Z")),
                new Judgement(Judgement.Kind.JOIN, "ofac-sdn:absent", listings.get(2).id(), "bob", "waiting", Instant.parse("2026-01-04T00:00:00Z")));
        Resolution driver = Resolver.resolve(SAMPLE, Screeners.build(SAMPLE, Algorithm.KORDON), judgements);
        assertThat(driver.judgements()).hasSize(3);
        assertThat(driver.refused()).as("the split refuses the link it breaks").isNotEmpty();

        Resolution executor = broadcast(ResolutionLinks.of(driver)).resolution(SAMPLE);

        assertThat(executor).isEqualTo(driver);
        assertThat(executor.judgements()).isEqualTo(driver.judgements());
    }

    @Test
    void sharedLists_serializedAndRebuilt_equalsDriversResolution() throws Exception {
        ListSnapshot lists = ListLoader.load(List.of(SharedData.require("lists")), LoadOptions.defaults()).snapshot();
        Resolution driver = ScreenerHolder.resolve(lists);
        assertThat(driver.possiblySame()).isNotEmpty();
        assertThat(driver.refused()).isNotEmpty();

        assertThat(broadcast(ResolutionLinks.of(driver)).resolution(lists)).isEqualTo(driver);
    }

    @Test
    void resolution_linkNamingListingTheListsLack_failsNamingIt() {
        ResolutionLinks links = new ResolutionLinks(List.of(SAMPLE.entities().get(0).id(), "zz:absent", "IMO", "9123456"), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> links.resolution(SAMPLE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz:absent");
    }

    @Test
    void new_followedNotWholeLinks_failsNamingTheField() {
        assertThatThrownBy(() -> new ResolutionLinks(List.of("a", "b", "IMO"), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followed").hasMessageContaining("3 strings");
    }
}
