package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shadow-fleet indicator with its evidence, on real histories (shared lists + shadow-fleet data). */
class VesselProfilesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static VesselProfiles profiles() {
        return VesselProfiles.of(RealData.lists(), RealData.vessels(), OwnerCheck.listed(RealData.lists(), RealData.screener()), AS_OF);
    }

    static List<Indicator> indicators(String imo, IndicatorKind kind) {
        return profiles().profile(ImoNumber.parse(imo)).indicators().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void flagChanges_neer1_threeChangesIn2023WithDates() {
        // EU Annex XLII "Neer 1", ex KAPAL CANTIK: St Kitts -> Cook Islands -> Togo -> Cook Islands within 3 months
        Indicator i = indicators("9224283", IndicatorKind.FLAG_CHANGES).get(0);
        assertThat(i.evidence()).startsWith("3 flag changes within 12 months: St.Kitts and Nevis -> Cook islands 2023-05-01"
                + " -> Togo 2023-06-01 -> Cook islands 2023-08-01");
        assertThat(i.from()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(i.to()).isEqualTo(LocalDate.of(2023, 8, 1));
    }

    @Test
    void nameChanges_bodhi_twoRenamesIn2020() {
        Indicator i = indicators("9144782", IndicatorKind.NAME_CHANGES).get(0);
        assertThat(i.evidence()).contains("Omera Queen -> Mera Q 2020-10-01 -> Pelican 2020-12-01");
    }

    @Test
    void nameChanges_sameDayEntries_countAsOneChange() {
        // 9144782 has BODHI and Robon both from 2023-12-01: one change that day, not two
        assertThat(indicators("9144782", IndicatorKind.NAME_CHANGES)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).endsWith("(4 in all)"));
    }

    @Test
    void flagOfConvenience_neer1_currentCookIslandsSince2023() {
        assertThat(indicators("9224283", IndicatorKind.FLAG_OF_CONVENIENCE)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).isEqualTo(
                        "current flag Cook islands (ck) since 2023-08-01 is a flag of convenience (ITF later)"));
    }

    @Test
    void flagOfConvenience_russianFlag_none() {
        assertThat(indicators("8727941", IndicatorKind.FLAG_OF_CONVENIENCE)).isEmpty();
    }

    @Test
    void falseFlag_9259185_comorosFalseFrom2024() {
        assertThat(indicators("9259185", IndicatorKind.FALSE_FLAG)).singleElement()
                .satisfies(i -> {
                    assertThat(i.evidence()).isEqualTo("flag 'Comoros FALSE' marked false by the data, 2024-07-01 to present");
                    assertThat(i.from()).isEqualTo(LocalDate.of(2024, 7, 1));
                });
    }

    @Test
    void unknownFlag_vayu1_notKnownForAMonthIn2023() {
        assertThat(indicators("9290517", IndicatorKind.UNKNOWN_FLAG)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).contains("'Not Known'").contains("2023-05-01 to 2023-06-01"));
    }

    @Test
    void age_kapitanPshenitsyn_built1987() {
        assertThat(indicators("8727941", IndicatorKind.AGE)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).isEqualTo("built 1987 (vessels.csv): 39 years old in 2026 (threshold 15)"));
    }

    @Test
    void age_ofacMariaWithoutVesselData_buildYearFromRemarks() {
        VesselProfile p = VesselProfiles.of(RealData.lists(), VesselData.empty(), OwnerCheck.NONE, AS_OF)
                .profile(ImoNumber.parse("8517839"));
        assertThat(p.buildYear()).isEqualTo(1986);
        assertThat(p.indicators()).extracting(Indicator::evidence).contains("built 1986 (OFAC remarks): 40 years old in 2026 (threshold 15)");
    }

    @Test
    void ownerListed_8867179_ismManagerTransFlotOnOfacList() {
        assertThat(indicators("8867179", IndicatorKind.OWNER_LISTED)).anySatisfy(i -> {
            assertThat(i.evidence()).startsWith("ISM Manager TRANS-FLOT JSC (IMO 5327250, 2021-11-26 to 2022-04-25) is listed as ofac-sdn:21110");
            assertThat(i.from()).isEqualTo(LocalDate.of(2021, 11, 26));
        });
    }

    @Test
    void ownerListed_withoutOwnerCheck_none() {
        VesselProfile p = VesselProfiles.of(RealData.lists(), RealData.vessels(), OwnerCheck.NONE, AS_OF).profile(ImoNumber.parse("8867179"));
        assertThat(p.indicators()).noneMatch(i -> i.kind() == IndicatorKind.OWNER_LISTED);
    }

    @Test
    void ownerListed_throughOwnershipHook_reported() {
        OwnerCheck ownedByListed = (name, imo) -> "WORTHALIANCE LTD".equals(name)
                ? List.of(new OwnerHit("test:parent", "A LISTED PARENT", 0.9, "owned 60% by a listed party")) : List.of();
        VesselProfile p = VesselProfiles.of(RealData.lists(), RealData.vessels(), OwnerCheck.NONE.and(ownedByListed), AS_OF)
                .profile(ImoNumber.parse("9224283"));
        assertThat(p.indicators()).filteredOn(i -> i.kind() == IndicatorKind.OWNER_LISTED).extracting(Indicator::evidence)
                .anySatisfy(e -> assertThat(e).contains("WORTHALIANCE LTD (IMO 6478345").contains("owned 60% by a listed party"));
    }

    @Test
    void singleShipOwner_neer1_worthalianceFromApril2024() {
        assertThat(indicators("9224283", IndicatorKind.SINGLE_SHIP_OWNER)).singleElement()
                .satisfies(i -> {
                    assertThat(i.evidence()).startsWith("registered owner changed on 2024-04-11 from STRATEGIC ALLIANCE LTD (IMO 6390100)"
                            + " to WORTHALIANCE LTD (IMO 6478345), which owns no other of the 637 vessels");
                    assertThat(i.from()).isEqualTo(LocalDate.of(2024, 4, 11));
                });
    }

    @Test
    void singleShipOwner_ownerSince2016_notRecent() {
        assertThat(indicators("8727941", IndicatorKind.SINGLE_SHIP_OWNER)).isEmpty();
    }

    @Test
    void uninsured_neer1_onePeriodDespiteDuplicateRows() {
        assertThat(indicators("9224283", IndicatorKind.UNINSURED)).singleElement()
                .satisfies(i -> assertThat(i.evidence()).isEqualTo(
                        "sailed without known western P&I insurance 2023-02-01 to 2024-05-31 (uninsured.csv)"));
    }

    @Test
    void history_neer1_namesFlagsOwnersAndListingInDateOrder() {
        VesselHistory h = profiles().profile(ImoNumber.parse("9224283")).history();
        assertThat(h.of(VesselEvent.Kind.NAME)).extracting(VesselEvent::value)
                .containsExactly("Euro Sky", "Summer Sky", "Nordic Moon", "Sol Pride", "KAPAL CANTIK", "Kapal Cantik", "Neer 1");
        assertThat(h.of(VesselEvent.Kind.FLAG)).extracting(VesselEvent::reference).containsExactly("mh", "kn", "ck", "tg", "ck");
        assertThat(h.of(VesselEvent.Kind.REGISTERED_OWNER)).last()
                .satisfies(e -> assertThat(e.value() + " " + e.from()).isEqualTo("WORTHALIANCE LTD 2024-04-11"));
        assertThat(h.of(VesselEvent.Kind.LISTED)).singleElement()
                .satisfies(e -> assertThat(e.from()).isEqualTo(LocalDate.of(2025, 2, 25)));
    }

    @Test
    void profile_ofacArtavilWithoutVesselData_formerFlagsAndNoneIdentified() {
        VesselProfile p = VesselProfiles.of(RealData.lists(), VesselData.empty(), OwnerCheck.NONE, AS_OF).profile(ImoNumber.parse("9187629"));
        assertThat(p.history().of(VesselEvent.Kind.FLAG)).extracting(VesselEvent::value)
                .contains("Malta", "Tuvalu", "Tanzania", "None Identified");
        assertThat(p.indicators()).extracting(Indicator::kind).containsExactly(IndicatorKind.UNKNOWN_FLAG);
    }

    @Test
    void profile_imoNobodyKnows_unknown() {
        assertThat(profiles().profile(ImoNumber.parse("1234567")).isUnknown()).isTrue();
    }
}
