package org.kordon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kordon.model.DateRange;
import org.kordon.model.Entity;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.OwnershipGraph;
import org.kordon.ownership.Share;
import org.kordon.ownership.StakeType;
import org.kordon.store.Alert;
import org.kordon.store.AlertQuery;
import org.kordon.store.AlertStatus;
import org.kordon.store.AuditEntry;
import org.kordon.store.Decision;
import org.kordon.store.ListChange;
import org.kordon.store.ListVersion;
import org.kordon.store.Outcome;
import org.kordon.store.Store;
import org.kordon.store.StoreException;
import org.kordon.store.StoreTesting;
import org.kordon.store.Subject;

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
        assertThat(a.entityId()).isEqualTo("ke:ofac-35096");
        assertThat(a.listingId()).isEqualTo("ofac-35096");
        assertThat(a.listings()).containsExactly("ofac-35096");
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

    // ---------------------------------------------------------------- one alert per resolved entity (issue 25)

    @Test
    void screen_personOnTwoLists_oneAlertOnTheResolvedEntityWithBothListings() {
        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.putinEu("v2"), Fixtures.lavrov("v2")), "test");

        Workflow.Screening s = wf.screen(person("C-1", "Vladimir Putin"), "test");

        assertThat(s.opened()).singleElement().satisfies(a -> {
            assertThat(a.entityId()).isEqualTo("ke:eu-669");
            assertThat(a.listings()).containsExactly("eu-669", "ofac-35096");
            assertThat(a.listingId()).isIn("eu-669", "ofac-35096");
        });
    }

    @Test
    void alertsOnAnEntity_foundByItsIdOrAnyOfItsListings() {
        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.putinEu("v2"), Fixtures.lavrov("v2")), "test");
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.screen(person("C-2", "Sergei Lavrov"), "test");

        for (String id : List.of("ke:eu-669", "eu-669", "ofac-35096")) {
            assertThat(store.alerts(AlertQuery.all().withEntity(id))).as(id).extracting(Alert::id).containsExactly(a.id());
            assertThat(store.countAlerts(AlertQuery.all().withEntity(id))).as(id).isEqualTo(1);
        }
        assertThat(store.alerts(AlertQuery.all().withEntity("ofac-3509_"))).as("no wildcard").isEmpty();
    }

    @Test
    void load_listingJoinsEntityAfterFalsePositive_alertsAgainNamingTheNewListing() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.FALSE_POSITIVE, "anna", "namesake, born 1981");

        Workflow.Delta d = wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.putinEu("v2"), Fixtures.lavrov("v2"),
                Fixtures.rosneft("v2")), "test");

        assertThat(d.opened()).isEqualTo(1);
        Alert again = store.latestAlert("C-1", "ke:eu-669", Alert.NAME).orElseThrow();
        assertThat(again.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(again.explanation()).contains("listings since alert " + a.id() + " (false_positive): added eu-669");
        assertThat(store.changes(d.version().id())).filteredOn(c -> c.kind().equals(ListChange.ENTITY)).singleElement()
                .satisfies(c -> {
                    assertThat(c.entityId()).isEqualTo("ke:eu-669");
                    assertThat(c.detail()).isEqualTo("newly listed by eu-fsf (eu-669); already listed by ofac-sdn; formerly ke:ofac-35096");
                });
    }

    @Test
    void load_listingLeavesEntity_pendingAlertCarriedOverToItsEntityInTheSameState() {
        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.putinEu("v2"), Fixtures.lavrov("v2")), "test");
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.ESCALATED, "anna", "ask senior");

        Workflow.Delta d = wf.load(Fixtures.load("v3", Fixtures.putin("v3"), Fixtures.lavrov("v3")), "test");

        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::detail).last().asString()
                .startsWith("superseded by alert").contains("ke:ofac-35096");
        Alert carried = store.latestAlert("C-1", "ke:ofac-35096", Alert.NAME).orElseThrow();
        assertThat(carried.status()).isEqualTo(AlertStatus.ESCALATED);
        assertThat(carried.listings()).containsExactly("ofac-35096");
        assertThat(carried.explanation()).contains("carried over from alert " + a.id());
        assertThat(d.closed()).isZero();
        assertThat(store.pendingAlerts(Alert.NAME)).singleElement().extracting(Alert::id).isEqualTo(carried.id());
        assertThat(store.changes(d.version().id())).filteredOn(c -> c.kind().equals(ListChange.ENTITY))
                .extracting(ListChange::entityId, ListChange::detail)
                .containsExactly(tuple("ke:ofac-35096", "delisted: eu-669 removed; still listed by ofac-sdn; formerly ke:eu-669"));
    }

    @Test
    void load_allListingsOfEntityRemoved_closesItsAlert() {
        wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.putinEu("v2"), Fixtures.lavrov("v2")), "test");
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);

        Workflow.Delta d = wf.load(Fixtures.load("v3", Fixtures.lavrov("v3")), "test");

        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
        assertThat(d.closed()).isEqualTo(1);
        assertThat(store.pendingAlerts(Alert.NAME)).isEmpty();
    }

    @Test
    void alertsRaisedBeforeResolution_pendingCarriedOverToTheResolvedEntity_falsePositiveStillSuppresses() throws SQLException {
        String url2 = newDatabaseUrl();
        long escalated;
        long falsePositive;
        try (Store before = Store.open(url2)) {
            ListVersion v = before.insertVersion("fixture", "abc", null, List.of(), List.of(), 0, 0, 0, "test");
            before.saveSubject(person("S-1", "Vladimir Putin"), Hashes.subject(person("S-1", "Vladimir Putin")), "test");
            before.saveSubject(person("S-2", "Sergei Lavrov"), Hashes.subject(person("S-2", "Sergei Lavrov")), "test");
            // rows as a store before V6 wrote them: no listing_id, no listing_ids, entity_id a listing's id
            try (Connection c = DriverManager.getConnection(url2)) {
                escalated = rawAlert(c, "S-1", "ofac-35096", "ESCALATED", v.id(), "eh", "sh");
                falsePositive = rawAlert(c, "S-2", "ofac-35098", "FALSE_POSITIVE", v.id(), Hashes.entity(Fixtures.lavrov("v1")),
                        Hashes.subject(person("S-2", "Sergei Lavrov")));
            }
        }

        try (Store after = Store.open(url2)) {
            Workflow reopened = Workflow.open(after, Fixtures.v1(), THRESHOLD);

            assertThat(after.alert(escalated).orElseThrow().status()).isEqualTo(AlertStatus.CLOSED);
            Alert carried = after.latestAlert("S-1", "ke:ofac-35096", Alert.NAME).orElseThrow();
            assertThat(carried.status()).isEqualTo(AlertStatus.ESCALATED);
            assertThat(carried.listingId()).isEqualTo("ofac-35096");
            assertThat(after.alert(falsePositive).orElseThrow().listings()).containsExactly("ofac-35098");
            Workflow.Screening lavrov = reopened.screen(person("S-2", "Sergei Lavrov"), "test");
            assertThat(lavrov.opened()).isEmpty();
            assertThat(lavrov.suppressed()).isEqualTo(1);
        }
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
        assertThat(store.latestAlerts("C-3")).extracting(Alert::entityId).containsExactly("ke:ofac-17096");
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

        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "UPDATE decision SET outcome = 'TRUE_MATCH'"))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> StoreTesting.executeUpdate(store, "DELETE FROM audit_entry"))
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
        // after a restart too, the diff speaks of entities: the resolution of v1 was recorded with it
        assertThat(store.changes(v2.id())).extracting(ListChange::kind, ListChange::entityId, ListChange::detail).containsExactly(
                tuple("added", "ofac-17096", ""),
                tuple("removed", "ofac-35096", ""),
                tuple("entity", "ke:ofac-17096", "newly listed by ofac-sdn"),
                tuple("entity", "ke:ofac-35096", "no longer listed: ofac-35096 removed"));
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

    // ------------------------------------------------------------------ two workflows (two servers) on one database

    /** How many alerts the two-workflow races decide; each race is one alert. */
    static final int RACES = 40;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void decide_sameAlertsFromTwoWorkflowsAtOnce_oneFinalDecisionEach_loserRefused() throws Exception {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < RACES; i++) {
            alerts.add(wf.screen(person("R-" + i, "Vladimir Putin"), "test").opened().get(0));
        }
        try (Store other = Store.open(url)) {
            Workflow wf2 = Workflow.open(other, Fixtures.v1(), THRESHOLD);
            for (Alert a : alerts) {
                List<Object> results = race(
                        () -> wf.decide(a.id(), Outcome.TRUE_MATCH, "anna", "same person"),
                        () -> wf2.decide(a.id(), Outcome.FALSE_POSITIVE, "boris", "namesake"));

                List<Decision> won = results.stream().filter(Decision.class::isInstance).map(Decision.class::cast).toList();
                assertThat(won).as("decisions recorded on alert %d", a.id()).hasSize(1);
                assertThat(results).filteredOn(IllegalStateException.class::isInstance).singleElement()
                        .satisfies(e -> assertThat(((Exception) e).getMessage()).contains("decisions are final"));
                assertThat(store.decisions(a.id())).containsExactlyElementsOf(won);
                assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.of(won.get(0).outcome()));
            }
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void screen_sameSubjectFromTwoWorkflowsAtOnce_onePendingAlert() throws Exception {
        try (Store other = Store.open(url)) {
            Workflow wf2 = Workflow.open(other, Fixtures.v1(), THRESHOLD);
            for (int i = 0; i < RACES; i++) {
                Subject s = person("R-" + i, "Vladimir Putin");
                List<Object> results = race(() -> wf.screen(s, "test"), () -> wf2.screen(s, "test"));

                assertThat(results).allMatch(Workflow.Screening.class::isInstance);
                assertThat(results).map(r -> ((Workflow.Screening) r).opened().size()).as("alerts opened on %s", s.id())
                        .containsExactlyInAnyOrder(0, 1);
                assertThat(store.countAlerts(AlertQuery.all().withSubject(s.id()))).isEqualTo(1);
            }
        }
    }

    @Test
    void load_subjectSavedByAnotherWorkflowAfterIndexRead_rescreenedByDelta() {
        wf.screen(person("C-1", "Vladimir Putin"), "test");
        wf.prepareDelta();
        try (Store other = Store.open(url)) {
            Workflow.open(other, Fixtures.v1(), THRESHOLD).screen(person("C-3", "Igor Sechin"), "test");
        }

        Workflow.Delta d = wf.load(Fixtures.load("v2", Fixtures.putin("v2"), Fixtures.lavrov("v2"), Fixtures.rosneft("v2"),
                Fixtures.sechin("v2")), "test");

        assertThat(d.full()).isFalse();
        assertThat(d.opened()).isEqualTo(1);
        assertThat(store.latestAlerts("C-3")).extracting(Alert::entityId).containsExactly("ke:ofac-17096");
    }

    @Test
    void insertAlert_secondPendingOnSamePair_refusedByDatabase() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);

        assertThat(store.insertAlert(a, "test")).isEmpty();
        assertThat(store.countAlerts(AlertQuery.all().withSubject("C-1"))).isEqualTo(1);
    }

    @Test
    void closeAlerts_alertDecidedMeanwhile_keepsDecisionAndAuditsNoClose() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        wf.decide(a.id(), Outcome.TRUE_MATCH, "anna", "same person");

        int closed = store.closeAlerts(List.of(a.id()), wf.version().id(), "test");

        assertThat(closed).isZero();
        assertThat(store.alert(a.id()).orElseThrow().status()).isEqualTo(AlertStatus.TRUE_MATCH);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::action).containsExactly("ALERT_OPENED", "ALERT_DECIDED");
    }

    @Test
    void decide_escalatedMeanwhile_readsAgainAndRecordsFromEscalated() {
        Alert a = wf.screen(person("C-1", "Vladimir Putin"), "test").opened().get(0);
        Alert stale = store.alert(a.id()).orElseThrow();
        wf.decide(a.id(), Outcome.ESCALATED, "anna", "ask senior");

        assertThat(store.insertDecision(stale, Outcome.TRUE_MATCH, "boris", "same birth date", "boris")).isEmpty();
        wf.decide(a.id(), Outcome.TRUE_MATCH, "boris", "same birth date");

        assertThat(store.decisions(a.id())).extracting(Decision::outcome).containsExactly(Outcome.ESCALATED, Outcome.TRUE_MATCH);
        assertThat(store.audit(null, a.id(), 100, 0)).extracting(AuditEntry::detail).last().asString()
                .startsWith("escalated -> true_match");
    }

    @Test
    void migrationV4_duplicatePendingAlerts_keepsEscalatedElseOldest_closesOthersWithAudit() throws SQLException {
        String old = newDatabaseUrl();
        Flyway.configure().dataSource(old, null, null).target("3")
                .locations("classpath:db/migration/common", "classpath:db/migration/" + StoreTesting.vendorOf(old)).load().migrate();
        long a1;
        long a2;
        long a3;
        long b1;
        long b2;
        long decided;
        try (Connection c = DriverManager.getConnection(old); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO list_version (id, source, checksum, loaded_at, entity_count, added_count, changed_count, removed_count) "
                    + "VALUES (1, 'fixture', 'abc', CURRENT_TIMESTAMP, 3, 3, 0, 0)");
            st.executeUpdate("ALTER TABLE list_version ALTER COLUMN id RESTART WITH 2");
            st.executeUpdate("INSERT INTO subject (id, name, identifiers, content_hash, active, created_at, updated_at) "
                    + "VALUES ('S-1', 'Vladimir Putin', '', 'h', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            a1 = rawAlert(c, "S-1", "ofac-35096", "OPEN");
            a2 = rawAlert(c, "S-1", "ofac-35096", "OPEN");
            a3 = rawAlert(c, "S-1", "ofac-35096", "ESCALATED");
            decided = rawAlert(c, "S-1", "ofac-35096", "TRUE_MATCH");
            b1 = rawAlert(c, "S-1", "ofac-35098", "OPEN");
            b2 = rawAlert(c, "S-1", "ofac-35098", "OPEN");
        }

        try (Store migrated = Store.open(old)) {
            assertThat(List.of(a1, a2, a3, decided, b1, b2)).map(id -> migrated.alert(id).orElseThrow().status()).containsExactly(
                    AlertStatus.CLOSED, AlertStatus.CLOSED, AlertStatus.ESCALATED, AlertStatus.TRUE_MATCH, AlertStatus.OPEN, AlertStatus.CLOSED);
            assertThat(migrated.audit(null, null, 100, 0)).extracting(AuditEntry::action, AuditEntry::alertId)
                    .containsExactlyInAnyOrder(tuple("ALERT_CLOSED", a1), tuple("ALERT_CLOSED", a2), tuple("ALERT_CLOSED", b2));
        }
    }

    private static long rawAlert(Connection c, String subject, String entity, String status) throws SQLException {
        return rawAlert(c, subject, entity, status, 1, "eh", "sh");
    }

    private static long rawAlert(Connection c, String subject, String entity, String status, long versionId, String entityHash,
                                 String subjectHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (subject_id, entity_id, entity_caption, version_id, score, matched_name, "
                + "explanation, features, entity_hash, subject_hash, status, created_at) VALUES (?,?,?,?,0.9,'n','e','',?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, subject);
            ps.setString(2, entity);
            ps.setString(3, entity);
            ps.setLong(4, versionId);
            ps.setString(5, entityHash);
            ps.setString(6, subjectHash);
            ps.setString(7, status);
            ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs both at the same moment (as far as threads allow); each one's result or exception. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> c : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return c.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get(30, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
