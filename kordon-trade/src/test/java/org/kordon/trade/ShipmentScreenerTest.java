package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.ownership.ListedOwners;
import org.kordon.trade.Finding.Kind;
import org.kordon.trade.Finding.Severity;
import org.kordon.trade.Party.Role;

class ShipmentScreenerTest {
    static Screener screener;
    static HsNomenclature hs;

    @BeforeAll
    static void lists() throws Exception {
        SourceRef src = new SourceRef("test", "2026-01-01");
        Entity listed = Entity.builder("t-1", Schema.COMPANY).name("Sovtekh Elektronika OOO", NameKind.PRIMARY)
                .country("ru").sanction(new Sanction("OFAC", List.of("RUSSIA-EO14024"), null, null, null)).source(src).build();
        Entity other = Entity.builder("t-2", Schema.PERSON).name("Ivan Petrovich Sidorov", NameKind.PRIMARY).source(src).build();
        screener = Screeners.build(new ListSnapshot(List.of(src), List.of(listed, other)), Algorithm.KORDON);
        hs = HsNomenclature.load(HsNomenclatureTest.fixture());
    }

    static ShipmentScreener plain() {
        return ShipmentScreener.builder(screener).nomenclature(hs).build();
    }

    static Shipment shipment(String hsCode, String description, String dest, List<String> transit, Party... parties) {
        return new Shipment("S-1", null, List.of(parties), dest, transit, hsCode, description, null, null);
    }

    static Party exporter() {
        return new Party(Role.EXPORTER, "Alpha Elektronik GmbH", "DE");
    }

    static Party consignee(String name, String cc) {
        return new Party(Role.CONSIGNEE, name, cc);
    }

    static List<Kind> kinds(List<Finding> f) {
        return f.stream().map(Finding::kind).toList();
    }

    @Test
    void screen_cleanShipment_findsNothing() {
        List<Finding> f = plain().screen(shipment("8703.23", "passenger car", "FR", List.of(), exporter(), consignee("Garage Dupont SARL", "FR")));
        assertThat(f).isEmpty();
    }

    @Test
    void screen_listedConsignee_reportsListedPartyWithRoleAndEntity() {
        List<Finding> f = plain().screen(shipment("870323", "passenger car", "FR", List.of(), exporter(),
                consignee("Sovtekh Elektronika", "RU")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.LISTED_PARTY).singleElement().satisfies(x -> {
            assertThat(x.party()).isEqualTo("consignee");
            assertThat(x.entityId()).isEqualTo("t-1");
            assertThat(x.detail()).contains("RUSSIA-EO14024");
        });
    }

    @Test
    void screen_ownerListed_reportsOwnedByListedThroughTheInterface() {
        ListedOwners owners = keys -> List.of(keys).contains("Beta LLP")
                ? List.of(new ListedOwners.Owner("t-1", "Sovtekh Elektronika OOO", "60 % direct (EU 50 % rule)")) : List.of();
        List<Finding> f = ShipmentScreener.builder(screener).nomenclature(hs).listedOwners(owners).build()
                .screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("Beta LLP", "FR")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.OWNED_BY_LISTED);
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.entityId()).isEqualTo("t-1");
            assertThat(x.detail()).contains("60 % direct");
        });
    }

    @Test
    void screen_chpTier1Chip_controlledGoodsWithListAndTier() {
        List<Finding> f = plain().screen(shipment("8542.31.0000", "microcontrollers", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.CONTROLLED_GOODS);
            assertThat(x.hs6()).isEqualTo("854231");
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.detail()).startsWith("CHP Tier 1 (published 2024-02-23)");
        });
    }

    @Test
    void screen_controlledGoodsToKazakhstan_diversionRiskNamesCountry() {
        List<Finding> f = plain().screen(shipment("854231", "processors", "KZ", List.of(), exporter(), consignee("Kazakh Tech LLP", "KZ")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.DIVERSION_RISK).singleElement()
                .extracting(Finding::detail).asString().contains("KZ (destination, consignee)");
        assertThat(kinds(f)).doesNotContain(Kind.SANCTIONED_DESTINATION);
    }

    @Test
    void screen_controlledGoodsThroughRussia_sanctionedDestination() {
        List<Finding> f = plain().screen(shipment("854231", "processors", "KZ", List.of("RU"), exporter(), consignee("Kazakh Tech LLP", "KZ")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.SANCTIONED_DESTINATION).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.detail()).contains("RU (transit)");
        });
    }

    @Test
    void screen_controlledGoodsToBelarus_sanctionedDestination() {
        List<Finding> f = plain().screen(shipment("854231", "processors", "BY", List.of(), exporter(), consignee("Minsk Tech", "BY")));
        assertThat(kinds(f)).contains(Kind.SANCTIONED_DESTINATION);
    }

    @Test
    void screen_uncontrolledGoodsToKazakhstan_noRouteFinding() {
        List<Finding> f = plain().screen(shipment("870323", "car", "KZ", List.of("RU"), exporter(), consignee("Kazakh Tech LLP", "KZ")));
        assertThat(f).isEmpty();
    }

    @Test
    void screen_codeNotInNomenclature_invalidHsCode() {
        List<Finding> f = plain().screen(shipment("8542.99.00", "chips", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.INVALID_HS_CODE);
            assertThat(x.detail()).contains("854299 is not in hs-excerpt.csv");
        });
    }

    @Test
    void screen_malformedCode_invalidHsCodeWithReason() {
        List<Finding> f = plain().screen(shipment("8471", "computers", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(Kind.INVALID_HS_CODE);
            assertThat(x.detail()).contains("a heading");
        });
    }

    @Test
    void redFlag_noConsignee_consigneeUnknown() {
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of(), exporter()));
        assertThat(f).singleElement().extracting(Finding::detail).isEqualTo("consignee unknown: no consignee declared");
    }

    @Test
    void redFlag_placeholderConsignee_consigneeUnknown() {
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("TO ORDER", "FR")));
        assertThat(f).singleElement().extracting(Finding::detail).asString().contains("declared as 'TO ORDER'");
    }

    @Test
    void redFlag_consigneeNotAmongKnown_consigneeUnknownInTrade() {
        ShipmentScreener s = ShipmentScreener.builder(screener).nomenclature(hs).knownConsignees(List.of("Garage Dupont SARL")).build();
        assertThat(s.screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("garage dupont, s.a.r.l.", "FR")))).isEmpty();
        assertThat(s.screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("Nouveau Client SAS", "FR"))))
                .singleElement().extracting(Finding::detail).asString().contains("not among the 1 known consignees");
    }

    @Test
    void redFlag_forwarderAsFinalConsignee() {
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("Trans-Asia Freight Forwarding LLC", "FR")));
        assertThat(f).singleElement().extracting(Finding::detail).asString().startsWith("freight forwarder as final destination: consignee");
    }

    @Test
    void redFlag_postBoxInEndUserAddress() {
        Party endUser = new Party(Role.END_USER, "Omega Systems", "FR", "P.O. Box 1234, Paris");
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR"), endUser));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.party()).isEqualTo("end_user");
            assertThat(x.detail()).startsWith("post box as final destination").contains("'p o box'");
        });
    }

    @Test
    void redFlag_russianPostBox_found() {
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of(), exporter(), new Party(Role.CONSIGNEE, "ООО Ромашка", "FR", "Москва, а/я 15")));
        assertThat(f).singleElement().extracting(Finding::detail).asString().startsWith("post box as final destination");
    }

    @Test
    void redFlag_wordInsideAnotherWord_notAForwarder() {
        // "Cargolux" is not "cargo": whole words only.
        assertThat(plain().screen(shipment("870323", "car", "FR", List.of(), exporter(), consignee("Cargolux Airlines", "FR")))).isEmpty();
    }

    @Test
    void redFlag_routeBackToOrigin() {
        List<Finding> f = plain().screen(shipment("870323", "car", "DE", List.of("KZ"), exporter(), consignee("Garage Dupont", "DE")));
        assertThat(f).singleElement().extracting(Finding::detail).asString().isEqualTo("route leaves and returns to the exporter's country: DE > KZ > DE");
    }

    @Test
    void redFlag_countryTwiceOnRoute() {
        List<Finding> f = plain().screen(shipment("870323", "car", "FR", List.of("PL", "LT", "PL"), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).singleElement().extracting(Finding::detail).asString().startsWith("route passes PL twice");
    }

    @Test
    void redFlag_endUserElsewhereThanDestination() {
        Party endUser = new Party(Role.END_USER, "Omega Systems", "RU");
        List<Finding> f = plain().screen(shipment("870323", "car", "KZ", List.of(), exporter(), consignee("Kazakh Tech LLP", "KZ"), endUser));
        assertThat(f).singleElement().extracting(Finding::detail).asString().startsWith("end user in RU but goods declared for KZ");
    }

    @Test
    void redFlag_descriptionNotFittingCode_lowForUncontrolled() {
        List<Finding> f = plain().screen(shipment("870323", "frozen salmon fillets", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.LOW);
            assertThat(x.detail()).startsWith("description 'frozen salmon fillets' does not fit HS 870323");
        });
    }

    @Test
    void redFlag_descriptionNotFittingControlledCode_medium() {
        List<Finding> f = plain().screen(shipment("854231", "frozen salmon fillets", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.RED_FLAG).singleElement().extracting(Finding::severity).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void redFlag_traderWordsForTheCode_fit() {
        assertThat(plain().screen(shipment("847130", "Laptop computers 14 inch", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")))).isEmpty();
        assertThat(plain().screen(shipment("870323", "Used passenger cars", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")))).isEmpty();
    }

    @Test
    void redFlag_descriptionWithoutContentWord_notJudged() {
        assertThat(plain().screen(shipment("870323", "parts, 12 pcs", "FR", List.of(), exporter(), consignee("Garage Dupont", "FR")))).isEmpty();
    }

    @Test
    void screen_diversionRiskListReplaced_usesTheGivenCountries() {
        CountryList onlyTurkey = new CountryList("mine", "2026", "test", java.util.Set.of("TR"));
        ShipmentScreener s = ShipmentScreener.builder(screener).nomenclature(hs).diversionRisk(onlyTurkey).build();
        assertThat(kinds(s.screen(shipment("854231", "processors", "KZ", List.of(), exporter(), consignee("Kazakh Tech LLP", "KZ")))))
                .containsExactly(Kind.CONTROLLED_GOODS);
    }

    @Test
    void diversionRisk_bundled_isTheJointAlertsTransshipmentPoints() {
        // FinCEN/BIS FIN-2022-Alert003 (18 countries), then the Tri-Seal note of 2023-03-02 (adds Hong Kong and Macau)
        assertThat(CountryList.diversionRisk().codes()).containsExactly("AM", "BR", "CN", "GE", "IN", "IL", "KZ", "KG", "MX", "NI", "RS", "SG",
                "ZA", "TW", "TJ", "TR", "AE", "UZ", "HK", "MO");
    }

    @Test
    void diversionRisk_bundled_everyCountryNamesItsDocumentAndDate() {
        CountryList l = CountryList.diversionRisk();
        for (String c : l.codes()) {
            assertThat(l.sourceOf(c).orElse("none")).as(c).isIn("FIN-2022-Alert003 (2022-06-28)", "Tri-Seal note (2023-03-02)");
        }
        assertThat(l.sourceOf("HK")).hasValue("Tri-Seal note (2023-03-02)");
    }

    @Test
    void diversionRisk_azerbaijan_notNamedByTheAlerts_notInTheList() {
        assertThat(CountryList.diversionRisk().contains("AZ")).isFalse();
    }

    @Test
    void screen_diversionRisk_detailNamesTheAlertThatListsTheCountry() {
        List<Finding> f = plain().screen(shipment("854231", "processors", "MO", List.of("KZ"), exporter(), consignee("Macau Trading Ltd", "MO")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.DIVERSION_RISK).singleElement().extracting(Finding::detail).asString()
                .endsWith("diversion-risk MO (destination, consignee), KZ (transit); MO named by Tri-Seal note (2023-03-02); "
                        + "KZ named by FIN-2022-Alert003 (2022-06-28)");
    }

    @Test
    void countryList_sameCountryTwice_refusedNamingLine() throws Exception {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("countries", ".csv");
        try {
            java.nio.file.Files.writeString(p, "iso2,source,published\nKZ,alert,2022-06-28\nKZ,note,2023-03-02\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CountryList.load(p)).isInstanceOf(TradeFormatException.class)
                    .hasMessageContaining("line 3").hasMessageContaining("field iso2: KZ is given twice");
        } finally {
            java.nio.file.Files.delete(p);
        }
    }

    @Test
    void countryList_dateWithoutDocument_refused() throws Exception {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("countries", ".csv");
        try {
            java.nio.file.Files.writeString(p, "iso2,source,published\nKZ,,2022-06-28\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CountryList.load(p)).isInstanceOf(TradeFormatException.class)
                    .hasMessageContaining("line 2: field source: is empty while published is 2022-06-28");
        } finally {
            java.nio.file.Files.delete(p);
        }
    }

    @Test
    void shipment_badCountry_refusedNamingField() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> shipment("854231", null, "XX", List.of()))
                .hasMessageContaining("destination_country: not an ISO 3166-1 alpha-2 country code: 'XX'");
    }
}
