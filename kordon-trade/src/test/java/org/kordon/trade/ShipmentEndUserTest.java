package org.kordon.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordon.matching.Algorithm;
import org.kordon.matching.Screener;
import org.kordon.matching.Screeners;
import org.kordon.model.Address;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.PartialDate;
import org.kordon.model.Sanction;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.trade.Finding.Kind;
import org.kordon.trade.Finding.Severity;
import org.kordon.trade.Party.Role;

/**
 * {@code export_control_end_user}: the consignee, end user or notify party on an export-control end-user list. The
 * entries are as the loaders give them: an EU Annex IV row of 32014R0833.csv (Tako LLC, Yerevan, record 490) and
 * an Annex III row (Sberbank, a financial restriction, not an end-user listing), and CSL entries (Entity List,
 * Military End-User List) as the CSL loader maps them.
 */
class ShipmentEndUserTest {
    static Screener eu;
    static Screener csl;
    static HsNomenclature hs;

    @BeforeAll
    static void lists() throws Exception {
        SourceRef euSrc = new SourceRef("eu", null);
        Entity tako = Entity.builder("eu:32014R0833-IV-490", Schema.LEGAL_ENTITY).name("Tako LLC", NameKind.PRIMARY)
                .name("OOO TAKO", NameKind.ALIAS).address(Address.of("17 Garegin Nzhdehi Street, Shengavit, Yerevan, 0026, Republic of Armenia", "am"))
                .sanction(new Sanction("EU", List.of("EU-RUS"), PartialDate.parse("2023-06-23"), "Export control", null))
                .remark("Annex IV of 32014R0833").source(euSrc).build();
        Entity sber = Entity.builder("eu:32014R0833-III-1", Schema.LEGAL_ENTITY).name("SBERBANK", NameKind.PRIMARY)
                .sanction(new Sanction("EU", List.of("EU-RUS"), null, "Financial restrictions", null)).source(euSrc).build();
        eu = Screeners.build(new ListSnapshot(List.of(euSrc), List.of(tako, sber)), Algorithm.KORDON);

        SourceRef cslSrc = new SourceRef("csl", null);
        Entity kazan = Entity.builder("csl:1b3d5f7a", Schema.LEGAL_ENTITY).name("Kazan Helicopter Plant PJSC", NameKind.PRIMARY)
                .name("Kazan Helicopters", NameKind.ALIAS).country("ru")
                .sanction(new Sanction("MEU", List.of(), PartialDate.parse("2020-12-23"),
                        "Military End User (MEU) List - Bureau of Industry and Security", null)).source(cslSrc).build();
        Entity links = Entity.builder("csl:c0ffee00", Schema.LEGAL_ENTITY).name("Asia Pacific Links Ltd.", NameKind.PRIMARY).country("hk")
                .sanction(new Sanction("EL", List.of(), PartialDate.parse("2022-02-08"),
                        "Entity List (EL) - Bureau of Industry and Security", null)).source(cslSrc).build();
        csl = Screeners.build(new ListSnapshot(List.of(cslSrc), List.of(kazan, links)), Algorithm.KORDON);
        hs = HsNomenclature.load(HsNomenclatureTest.fixture());
    }

    static Shipment shipment(Party... parties) {
        return new Shipment("S-9", null, List.of(parties), "AM", List.of(), "854231", "microcontrollers", null, null);
    }

    static Party exporter(String name) {
        return new Party(Role.EXPORTER, name, "DE");
    }

    @Test
    void consigneeOnAnnexIv_exportControlEndUser_notListedParty() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).build()
                .screen(shipment(exporter("Alpha Elektronik GmbH"), new Party(Role.CONSIGNEE, "Tako LLC", "AM")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.EXPORT_CONTROL_END_USER).singleElement().satisfies(x -> {
            assertThat(x.party()).isEqualTo("consignee");
            assertThat(x.entityId()).isEqualTo("eu:32014R0833-IV-490");
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            assertThat(x.detail()).startsWith("'Tako LLC' ~ 'Tako LLC' score 1.00 on EU Reg. 833/2014 Annex IV");
        });
        assertThat(f).extracting(Finding::kind).doesNotContain(Kind.LISTED_PARTY);
        assertThat(Kind.EXPORT_CONTROL_END_USER.csvName()).isEqualTo("export_control_end_user");
    }

    @Test
    void annexIvEntryAsExporter_staysListedParty() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).build()
                .screen(shipment(exporter("Tako LLC"), new Party(Role.CONSIGNEE, "Garage Dupont SARL", "FR")));
        assertThat(f).filteredOn(x -> x.entityId().equals("eu:32014R0833-IV-490")).extracting(Finding::kind).containsExactly(Kind.LISTED_PARTY);
    }

    @Test
    void annexIiiEntry_isNoEndUserListing() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).build()
                .screen(shipment(exporter("Alpha Elektronik GmbH"), new Party(Role.CONSIGNEE, "Sberbank", "RU")));
        assertThat(f).extracting(Finding::kind).contains(Kind.LISTED_PARTY).doesNotContain(Kind.EXPORT_CONTROL_END_USER);
    }

    @Test
    void endUserOnTheCsl_findingNamesTheSourceList() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).endUserLists(csl).build()
                .screen(shipment(exporter("Alpha Elektronik GmbH"), new Party(Role.CONSIGNEE, "Garage Dupont SARL", "FR"),
                        new Party(Role.END_USER, "Kazan Helicopters", "RU")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.EXPORT_CONTROL_END_USER).singleElement().satisfies(x -> {
            assertThat(x.party()).isEqualTo("end_user");
            assertThat(x.entityId()).isEqualTo("csl:1b3d5f7a");
            assertThat(x.detail()).contains("on Military End User (MEU) List - Bureau of Industry and Security");
        });
    }

    @Test
    void notifyPartyOnTheEntityList_found() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).endUserLists(csl).build()
                .screen(shipment(exporter("Alpha Elektronik GmbH"), new Party(Role.NOTIFY_PARTY, "Asia Pacific Links Limited", "HK")));
        assertThat(f).filteredOn(x -> x.kind() == Kind.EXPORT_CONTROL_END_USER).extracting(Finding::entityId).containsExactly("csl:c0ffee00");
    }

    @Test
    void exporterOnTheCsl_notAnEndUserFinding() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).endUserLists(csl).build()
                .screen(shipment(exporter("Asia Pacific Links Ltd."), new Party(Role.CONSIGNEE, "Garage Dupont SARL", "FR")));
        assertThat(f).extracting(Finding::kind).doesNotContain(Kind.EXPORT_CONTROL_END_USER);
    }

    @Test
    void withoutTheCsl_cslEntriesUnknown() {
        List<Finding> f = ShipmentScreener.builder(eu).nomenclature(hs).build()
                .screen(shipment(exporter("Alpha Elektronik GmbH"), new Party(Role.END_USER, "Kazan Helicopters", "RU")));
        assertThat(f).extracting(Finding::kind).doesNotContain(Kind.EXPORT_CONTROL_END_USER);
    }
}
