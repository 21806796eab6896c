package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.resolution.Judgement;
import org.kordon.resolution.JudgementOutcome;
import org.kordon.resolution.LinkReason;
import org.kordon.resolution.ResolvedEntity;
import org.kordon.store.Alert;
import org.kordon.store.NotFoundException;
import org.kordon.store.Store;
import org.kordon.store.Subject;

/** Analysts' joins and splits: recorded with the audit trail, respected by every later resolution, across reloads and restarts. */
class WorkflowJudgementTest {
    private static final String OFAC = "ofac-35096";
    /** Putin as another list gives him: a birth date one day off, so the resolver leaves the two apart ("possibly the same"). */
    private static final String EU = "eu:putin";

    @TempDir
    Path dir;

    private Store store;
    private Workflow wf;

    static Entity euPutin(String version) {
        return Entity.builder(EU, Schema.PERSON).name("Vladimir PUTIN", NameKind.PRIMARY)
                .birthDate(DateRange.of(PartialDate.parse("1952-10-08"))).source(new SourceRef("eu-fsf", version)).build();
    }

    static ListLoad lists(String version, Entity... more) {
        List<Entity> es = new java.util.ArrayList<>(List.of(Fixtures.putin(version), euPutin(version), Fixtures.lavrov(version),
                Fixtures.rosneft(version)));
        es.addAll(List.of(more));
        return Fixtures.load(version, es.toArray(Entity[]::new));
    }

    private static Judgement judgement(Judgement.Kind kind, String a, String b) {
        return new Judgement(kind, a, b, "anna", kind == Judgement.Kind.JOIN ? "same man: the EU's birth date is a slip" : "two men after all",
                Instant.EPOCH);
    }

    private Workflow open(ListLoad load) {
        return Workflow.open(store, load, 0.78);
    }

    @BeforeEach
    void start() {
        store = Store.open(Store.h2Url(dir.resolve("kordon")));
        wf = open(lists("v1"));
    }

    @AfterEach
    void stop() {
        store.close();
    }

    /** The entities of the subject's pending name alerts. */
    private List<String> pendingEntities(String subject) {
        return store.latestAlerts(subject).stream().filter(a -> a.kind().equals(Alert.NAME) && a.status().pending())
                .map(Alert::entityId).toList();
    }

    private ResolvedEntity entityOf(Workflow w, String listing) {
        return w.resolved().entity(listing).orElseThrow();
    }

    @Test
    void judge_joinThenSplit_oneEntityThenTwo_andTheSplitSurvivesAReloadAndARestart() {
        assertThat(entityOf(wf, OFAC)).isNotEqualTo(entityOf(wf, EU));
        wf.screen(new Subject("C-1", "Vladimir Putin", Schema.PERSON, null, null, List.of(), true), "batch");

        Workflow.Judged joined = wf.judge(judgement(Judgement.Kind.JOIN, OFAC, EU), "web-ui");

        assertThat(joined.outcome().status()).isEqualTo(JudgementOutcome.Status.APPLIED);
        assertThat(joined.entities()).singleElement().satisfies(e -> {
            assertThat(e.listingIds()).containsExactly(EU, OFAC);
            assertThat(e.links()).singleElement().extracting(l -> l.reason()).isEqualTo(LinkReason.ANALYST);
        });
        assertThat(entityOf(wf, OFAC)).isEqualTo(entityOf(wf, EU));
        assertThat(joined.rescreened()).isEqualTo(1);
        assertThat(pendingEntities("C-1")).containsExactly("ke:" + EU);
        assertThat(joined.judgement().principal()).isEqualTo("web-ui");

        Workflow.Judged split = wf.judge(judgement(Judgement.Kind.SPLIT, EU, OFAC), "web-ui");

        assertThat(split.outcome().status()).isEqualTo(JudgementOutcome.Status.APPLIED);
        assertThat(split.entities()).extracting(ResolvedEntity::listingIds).containsExactly(List.of(EU), List.of(OFAC));
        assertThat(pendingEntities("C-1")).containsExactlyInAnyOrder("ke:" + EU, "ke:" + OFAC);
        assertThat(wf.resolved().resolution().judgements()).extracting(JudgementOutcome::status)
                .containsExactly(JudgementOutcome.Status.NOT_APPLIED, JudgementOutcome.Status.APPLIED);

        wf.load(lists("v1"), "kordon");
        assertThat(entityOf(wf, OFAC)).isNotEqualTo(entityOf(wf, EU));
        wf.load(lists("v2", Fixtures.sechin("v2")), "kordon");
        assertThat(entityOf(wf, OFAC)).isNotEqualTo(entityOf(wf, EU));

        Workflow restarted = open(lists("v2", Fixtures.sechin("v2")));
        assertThat(entityOf(restarted, OFAC)).isNotEqualTo(entityOf(restarted, EU));
        assertThat(restarted.outcome(store.judgements().get(1))).get().extracting(JudgementOutcome::status)
                .isEqualTo(JudgementOutcome.Status.APPLIED);
        assertThat(store.audit(null, null, 1000, 0)).filteredOn(e -> e.action().equals("RESOLUTION_JUDGED")).hasSize(2);
        assertThat(store.verifyAudit().intact()).isTrue();
    }

    @Test
    void judge_listingNotInTheListsInForce_notFoundNamingTheField_andNothingRecorded() {
        assertThatThrownBy(() -> wf.judge(judgement(Judgement.Kind.SPLIT, OFAC, "uk:404"), "web-ui"))
                .isInstanceOf(NotFoundException.class).hasMessage("b: no listing 'uk:404' in the lists in force");
        assertThat(store.judgements()).isEmpty();
    }

    @Test
    void judge_joinOfAPersonAndACompany_refusedAtInput_andNothingRecorded() {
        assertThatThrownBy(() -> wf.judge(judgement(Judgement.Kind.JOIN, OFAC, "ofac-17095"), "web-ui"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b: a join never crosses incompatible schemata: schema Person (ofac-35096) vs Company (ofac-17095)");
        assertThat(store.judgements()).isEmpty();
        assertThat(entityOf(wf, OFAC).listingIds()).containsExactly(OFAC);
    }

    @Test
    void load_listsWithoutAJudgedListing_keepTheJudgementWaiting_andApplyItWhenTheListingIsBack() {
        wf.judge(judgement(Judgement.Kind.JOIN, OFAC, EU), "web-ui");

        wf.load(Fixtures.load("v3", Fixtures.putin("v3"), Fixtures.lavrov("v3")), "kordon");
        assertThat(wf.resolved().resolution().judgements()).singleElement().extracting(JudgementOutcome::status)
                .isEqualTo(JudgementOutcome.Status.WAITING);

        wf.load(lists("v4"), "kordon");
        assertThat(entityOf(wf, OFAC)).isEqualTo(entityOf(wf, EU));
    }
}
