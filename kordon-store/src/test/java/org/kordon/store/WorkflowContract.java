package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.StakeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow's rules, run against each database: {@link WorkflowH2Test}, {@link WorkflowPostgresTest}. */
abstract class WorkflowContract {
    static final double THRESHOLD = 0.78;

    private String url;
    private Store store;
    private Workflow wf;

    /** A JDBC URL of a new, empty database. */
    abstract String newDatabaseUrl();

    @BeforeEach
    void open() {
        url = newDatabaseUrl();
        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.v1(), THRESHOLD);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Subject person(String id, String name) {
        return new Subject(id, name, Schema.PERSON, null, null, List.of(), true);
    }

    @Test
    void screen_listedName_opensOneAlertWithExplanation() {
        Workflow.Screening s = wf.screen(person("C-1", "Vladimir Putin"), "test");

        assertThat(s.opened()).hasSize(1);
        Alert a = s.opened().get(0);
        assertThat(a.entityId()).isEqualTo("ofac-35096");
        assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(a.score()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(a.features()).extracting(f -> f.feature()).contains("name");
        assertThat(store.alert(a.id())).contains(a);
    }

    @Test
    void screen_unlistedName_opensNothing() {
        assertThat(wf.screen(person("C-2", "Maria Gonzalez Ferreira"), "test").opened()).isEmpty();
    }

    @Test
    void screen_twice_keepsOnePendingAlert() {
        wf.screen(person("C-1", "Vladimir Putin"), "test");
        Workflow.Screening again = wf.screen(person("C-1", "Vladimir Putin"), "test");

        assertThat(again.opened()).isEmpty();
        assertThat(store.countAlerts(AlertQuery.all().withSubject("C-1"))).isEqualTo(1);
    }

    @Test
    void falsePositive_unchangedSides_suppressedOnRescreen() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake, born 1981");

        Workflow.Screening again = wf.screen(person("C-1", "Vladimir Putin"), "test");

        assertThat(again.opened()).isEmpty();
        assertThat(again.suppressed()).isEqualTo(1);
        assertThat(store.audit("C-1", null, 100, 0)).extracting(AuditEntry::action).contains("ALERT_SUPPRESSED");
    }

    @Test
    void falsePositive_subjectChanged_alertsAgain() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake");

        Subject moved = new Subject("C-1", "Vladimir Putin", Schema.PERSON, null, "ru", List.of(), true);
        Workflow.Screening again = wf.screen(moved, "test");

        assertThat(again.opened()).hasSize(1);
        assertThat(again.opened().get(0).id()).isNotEqualTo(a.id());
    }

    @Test
    void falsePositive_entityChanged_alertsAgainOnDelta() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake");
        Entity putin2 = Entity.builder("ofac-35096", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                .name("Vladimir PUTIN", NameKind.ALIAS).birthDate(DateRange.of(PartialDate.parse("1952-10-07")))
                .nationality("ru").source(new SourceRef("ofac-sdn", "v2")).build();

        Workflow.Delta d = wf.load(Fixtures.load("v2", putin2, Fixtures.lavrov("v2"), Fixtures.rosneft("v2")), "test");

        assertThat(d.changed()).isEqualTo(1);
        assertThat(d.opened()).isEqualTo(1);
        assertThat(store.changes(d.version().id())).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("names: +alias: Vladimir PUTIN"));
    }

    @Test
    void load_sameListsAgain_recordsNoNewVersion() {
        Workflow.Delta d = wf.load(Fixtures.v1(), "test");

        assertThat(d.newVersion()).isFalse();
        assertThat(store.versions()).hasSize(1);
    }

    @Test
    void load_addedEntity_rescreensOnlyCandidateSubjects() {
        wf.screen(person("C-1", "Vladimir Putin"), "test");
        wf.screen(person("C-2", "Maria Gonzalez Ferreira"), "test");
        wf.screen(person("C-3", "Igor Sechin"), "test");

        Workflow.Delta d = wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.lavrov("v2"), Fixtures.rosneft("v2"),
                Fixtures.sechin("v2")), "test");

        assertThat(d.full()).isFalse();
        assertThat(d.added()).isEqualTo(1);
        assertThat(d.rescreened()).isEqualTo(1);
        assertThat(d.opened()).isEqualTo(1);
        assertThat(store.latestAlerts("C-3")).extracting(Alert::entityId).containsExactly("ofac-17096");
    }

    @Test
    void load_removedEntity_closesPendingAlertWithAuditEntry() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);

        Workflow.Delta d = wf.load(Fixtures.load("v2", Fixtures.lavrov("v2"), Fixtures.rosneft("v2")), "test");

        assertThat(d.removed()).isEqualTo(1);
        assertThat(d.closed()).isEqualTo(1);
        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::action)
                .containsExactly("ALERT_OPENED", "ALERT_CLOSED");
    }

    @Test
    void decide_decidedAlert_refused() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.TRUE_MATCH, "anna", "same person");

        assertThatThrownBy(() -> wf.decide(a.id(), Outcome.FALSE_POSITIVE, "bob", "changed my mind"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("true_match");
        assertThat(store.decisions(a.id())).hasSize(1);
    }

    @Test
    void escalated_thenDecided_keepsBothDecisions() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.ESCALATED, "anna", "unsure: ask senior");
        wf.decide(a.id(), Outcome.TRUE_MATCH, "boris", "same birth date");

        assertThat(store.decisions(a.id())).extracting(Decision::outcome).containsExactly(Outcome.ESCALATED, Outcome.TRUE_MATCH);
    }

    @Test
    void database_updateOrDeleteOfHistory_refused() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake");

        assertThatThrownBy(() -> store.executeUpdate("UPDATE decision SET outcome = 'TRUE_MATCH'"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.executeUpdate("DELETE FROM audit_entry"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(store.decisions(a.id())).extracting(Decision::outcome).containsExactly(Outcome.FALSE_POSITIVE);
    }

    @Test
    void reopen_sameDatabase_keepsDecisionsAuditAndSuppression() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake");
        int auditBefore = store.audit(null, null, 1000, 0).size();
        store.close();

        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.v1(), THRESHOLD);

        assertThat(store.versions()).hasSize(1);
        assertThat(store.decisions(a.id())).extracting(Decision::reason).containsExactly("namesake");
        assertThat(store.audit(null, null, 1000, 0)).hasSize(auditBefore);
        assertThat(wf.screen(person("C-1", "Vladimir Putin"), "test").suppressed()).isEqualTo(1);
    }

    @Test
    void reopen_changedLists_diffsAgainstStoredHashes() {
        wf.screen(person("C-1", "Vladimir Putin"), "test");
        store.close();

        store = Store.open(url);
        wf = Workflow.open(store, Fixtures.load("v2", Fixtures.lavrov("v2"), Fixtures.rosneft("v2"), Fixtures.sechin("v2")), THRESHOLD);

        ListVersion v2 = store.latestVersion().orElseThrow();
        assertThat(v2.added()).isEqualTo(1);
        assertThat(v2.removed()).isEqualTo(1);
        assertThat(store.changes(v2.id())).extracting(ListChange::kind).containsExactly("added", "removed");
        assertThat(store.alerts(AlertQuery.all().withStatus(AlertStatus.CLOSED))).hasSize(1);
    }

    @Test
    void delete_subject_keptInactiveWithAudit() {
        wf.screen(person("C-1", "Vladimir Putin"), "test");
        wf.delete("C-1", "test");

        assertThat(store.subject("C-1").orElseThrow().active()).isFalse();
        assertThat(store.audit("C-1", null, 100, 0)).extracting(AuditEntry::action).contains("SUBJECT_CREATED", "SUBJECT_DELETED");
    }

    static Subject company(String id, String name) {
        return new Subject(id, name, Schema.COMPANY, null, null, List.of(), true);
    }

    static final String BETA_PATH = "OFAC, EU: blocked, listed-owned 50%: ofac-17095 -100%-> Beta Holding Ltd(blocked) -50%-> Beta Trade LLP";

    @Test
    void ownership_subjectOwnedThroughHolding_opensOwnershipAlertWithPath() {
        wf.useStakes(() -> Fixtures.betaStakes(50), "test");

        Workflow.Screening s = wf.screen(company("K-7", "Beta Trade LLP"), "test");

        assertThat(s.opened()).hasSize(1);
        Alert a = s.opened().get(0);
        assertThat(a.kind()).isEqualTo(Alert.OWNERSHIP);
        assertThat(a.entityId()).isEqualTo("ofac-17095");
        assertThat(a.entityCaption()).isEqualTo("ROSNEFT OIL COMPANY");
        assertThat(a.explanation()).isEqualTo(BETA_PATH);
        assertThat(store.alert(a.id())).contains(a);
        assertThat(store.audit("K-7", null, 100, 0)).extracting(AuditEntry::detail).anyMatch(d -> d.contains(BETA_PATH));
    }

    @Test
    void ownership_subjectFoundByExternalId_opensOwnershipAlert() {
        wf.useStakes(() -> Fixtures.betaStakes(50), "test");

        Workflow.Screening s = wf.screen(company("Beta Trade LLP", "B.T. Limited Liability Partnership"), "test");

        assertThat(s.opened()).extracting(Alert::kind, Alert::entityId).containsExactly(tuple(Alert.OWNERSHIP, "ofac-17095"));
    }

    @Test
    void ownership_49percent_opensNothing() {
        wf.useStakes(() -> Fixtures.betaStakes(49), "test");

        assertThat(wf.screen(company("K-7", "Beta Trade LLP"), "test").opened()).isEmpty();
    }

    @Test
    void ownership_falsePositive_suppressedOnRescreen() {
        wf.useStakes(() -> Fixtures.betaStakes(50), "test");
        Alert a = wf.screen(company("K-7", "Beta Trade LLP"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "stake sold in 2025, register not updated");

        Workflow.Screening again = wf.screen(company("K-7", "Beta Trade LLP"), "test");

        assertThat(again.opened()).isEmpty();
        assertThat(again.suppressed()).isEqualTo(1);
        assertThat(again.alerts()).extracting(Alert::status).containsExactly(AlertStatus.FALSE_POSITIVE);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::action).contains("ALERT_DECIDED", "ALERT_SUPPRESSED");
    }

    @Test
    void ownership_falsePositive_pathChanged_alertsAgain() {
        AtomicReference<Workflow.Stakes> file = new AtomicReference<>(Fixtures.betaStakes(50));
        wf.useStakes(file::get, "test");
        Alert a = wf.screen(company("K-7", "Beta Trade LLP"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "stake sold in 2025, register not updated");

        file.set(Fixtures.betaStakes(60));
        Workflow.Delta d = wf.load(Fixtures.v1(), "test");

        assertThat(d.opened()).isEqualTo(1);
        assertThat(store.latestAlerts("K-7")).extracting(Alert::status, Alert::explanation).containsExactly(
                tuple(AlertStatus.OPEN,
                        "OFAC, EU, UK: blocked, listed-owned 60%: ofac-17095 -100%-> Beta Holding Ltd(blocked) -60%-> Beta Trade LLP"));
    }

    @Test
    void ownership_stakeFallsBelowThreshold_closesPendingAlertWithAuditEntry() {
        AtomicReference<Workflow.Stakes> file = new AtomicReference<>(Fixtures.betaStakes(50));
        wf.useStakes(file::get, "test");
        Alert a = wf.screen(company("K-7", "Beta Trade LLP"), "test").opened().get(0);

        file.set(Fixtures.betaStakes(49));
        wf.load(Fixtures.v1(), "test");

        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::action, AuditEntry::detail).contains(
                tuple("ALERT_CLOSED", "ownership path from ofac-17095 no longer holds under the stakes in force (stakes 49.0)"));
    }

    @Test
    void ownership_stakeEndedSinceYesterday_closesPendingAlertOnNextScreening() {
        wf.today = () -> LocalDate.of(2026, 6, 30);
        OwnershipGraph g = OwnershipGraph.builder()
                .stake("ofac-17095", "Beta Trade LLP", Share.exact(50), StakeType.SHAREHOLDING,
                        null, LocalDate.of(2026, 7, 1))
                .build();
        wf.useStakes(() -> new Workflow.Stakes(g, Set.of(), "stakes.csv"), "test");
        Alert a = wf.screen(company("K-7", "Beta Trade LLP"), "test").opened().get(0);

        wf.today = () -> LocalDate.of(2026, 7, 1);
        Workflow.Screening next = wf.screen(company("K-7", "Beta Trade LLP"), "test");

        assertThat(next.opened()).isEmpty();
        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
    }

    @Test
    void ownership_withoutStakes_opensNothing() {
        assertThat(wf.screen(company("K-7", "Beta Trade LLP"), "test").opened()).isEmpty();
        assertThat(wf.stakes()).isEmpty();
    }

    @Test
    void ownership_nameAlertOnSameEntity_keptApartFromOwnershipAlert() {
        wf.useStakes(() -> Fixtures.betaStakes(50), "test");
        Alert named = wf.screen(company("K-8", "Rosneft Oil Company"), "test").opened().get(0);

        assertThat(named.kind()).isEqualTo(Alert.NAME);
        assertThat(wf.screen(company("K-8", "Rosneft Oil Company"), "test").opened()).isEmpty();
    }

    @Test
    void ownership_stakesAppear_rescreensSubjectsInTheGraph() {
        wf.screen(company("K-7", "Beta Trade LLP"), "test");
        wf.screen(person("C-2", "Maria Gonzalez Ferreira"), "test");

        Workflow.Delta d = wf.useStakes(() -> Fixtures.betaStakes(50), "test");

        assertThat(d.rescreened()).isEqualTo(1);
        assertThat(d.opened()).isEqualTo(1);
        assertThat(store.latestAlerts("K-7")).extracting(Alert::explanation).containsExactly(BETA_PATH);
    }

    @Test
    void ownership_stakesChangeOnReload_rescreensAffectedSubjects() {
        AtomicReference<Workflow.Stakes> file = new AtomicReference<>(Fixtures.betaStakes(40));
        wf.useStakes(file::get, "test");
        assertThat(wf.screen(company("K-7", "Beta Trade LLP"), "test").opened()).isEmpty();

        file.set(Fixtures.betaStakes(60));
        Workflow.Delta d = wf.load(Fixtures.v1(), "test");

        assertThat(d.newVersion()).isFalse();
        assertThat(d.rescreened()).isEqualTo(1);
        assertThat(store.latestAlerts("K-7")).extracting(Alert::kind, Alert::explanation).containsExactly(
                tuple(Alert.OWNERSHIP,
                        "OFAC, EU, UK: blocked, listed-owned 60%: ofac-17095 -100%-> Beta Holding Ltd(blocked) -60%-> Beta Trade LLP"));
    }

    @Test
    void ownership_ownerLeavesTheList_closesOwnershipAlert() {
        wf.useStakes(() -> Fixtures.betaStakes(50), "test");
        Alert a = wf.screen(company("K-7", "Beta Trade LLP"), "test").opened().get(0);

        Workflow.Delta d = wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.lavrov("v2")), "test");

        assertThat(d.closed()).isEqualTo(1);
        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(wf.screen(company("K-7", "Beta Trade LLP"), "test").opened()).isEmpty();
    }

    @Test
    void ownership_unreadableStakes_refusedAndNothingChanges() {
        assertThatThrownBy(() -> wf.useStakes(() -> {
            throw new IllegalStateException("stakes.csv line 3, field share_min: 120 is above 100");
        }, "test")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stakes.csv line 3, field share_min");
        assertThat(wf.stakes()).isEmpty();
    }
}
