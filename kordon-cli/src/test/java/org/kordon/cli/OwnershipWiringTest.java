package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --stakes} on {@code shipments screen} and {@code vessels show}: companies owned by listed parties, with the path. */
class OwnershipWiringTest {
    static final String STAKES_HEADER = "owner_id,owned_id,share_min,share_max,type,start,end\n";
    @TempDir Path tmp;
    static Path sample;

    @BeforeAll
    static void files() throws Exception {
        sample = ListOptions.BundledSample.extract();
    }

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path shipments() throws Exception {
        return file("shipments.csv", """
                id,exporter,exporter_country,consignee,consignee_country,destination_country,hs_code
                s1,Alpha Elektronik GmbH,DE,Beta Trade LLP,KZ,KZ,870323
                s2,Alpha Elektronik GmbH,DE,Gamma Trade LLP,KZ,KZ,870323
                """);
    }

    @Test
    void shipmentsScreen_consigneeFiftyPercentOwnedByListed_ownedByListedWithPath() throws Exception {
        // VTB Bank (ofac-sdn:17013 in the bundled sample) holds 50% of the consignee of s1; 30% of s2's
        Path stakes = file("stakes.csv", STAKES_HEADER + "ofac-sdn:17013,Beta Trade LLP,50,50,shareholding,,\n"
                + "ofac-sdn:17013,Gamma Trade LLP,30,30,shareholding,,\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", shipments().toString(),
                "--output", out.toString(), "--stakes", stakes.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: ownership from stakes.csv: 3 nodes, 2 stakes");
        assertThat(Files.readAllLines(out)).filteredOn(l -> l.contains("owned_by_listed")).singleElement().satisfies(l -> assertThat(l)
                .startsWith("s1,owned_by_listed,high,consignee,ofac-sdn:17013,,\"'Beta Trade LLP' owned or controlled by listed '")
                .endsWith(": OFAC, EU: blocked, listed-owned 50%: ofac-sdn:17013 -50%-> Beta Trade LLP\""));
    }

    @Test
    void shipmentsScreen_withoutStakes_noOwnedByListed() throws Exception {
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", shipments().toString(),
                "--output", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).doesNotContain("owned_by_listed");
    }

    @Test
    void shipmentsScreen_listedFileAddsOwner_ownedByListed() throws Exception {
        Path stakes = file("stakes.csv", STAKES_HEADER + "P-1,Beta Trade LLP,60,60,shareholding,,\n");
        Path listed = file("listed.csv", "entity_id\nP-1\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", shipments().toString(),
                "--output", out.toString(), "--stakes", stakes.toString(), "--listed", listed.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("s1,owned_by_listed,high,consignee,P-1,,");
    }

    @Test
    void shipmentsScreen_badStakeRow_badInputNamingFileLineField() throws Exception {
        Path stakes = file("stakes.csv", STAKES_HEADER + "ofac-sdn:17013,Beta Trade LLP,150,,shareholding,,\n");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", shipments().toString(),
                "--output", tmp.resolve("findings.csv").toString(), "--stakes", stakes.toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("stakes.csv line 2: field share_min: a share must be between 0 and 100, got 150");
    }

    @Test
    void shipmentsScreen_listedWithoutStakes_usageError() throws Exception {
        Path listed = file("listed.csv", "entity_id\nP-1\n");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", shipments().toString(),
                "--output", tmp.resolve("findings.csv").toString(), "--listed", listed.toString());

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--listed needs --stakes");
    }

    @Test
    void vesselsShow_managerOwnedByListedParty_indicatorWithPath() throws Exception {
        // real rows of the shadow-fleet data: 9144782 ROBON, ISM manager 6510814 VIRTUE NAVIS SHIPMANAGEMENT since 2024-07-01
        Path vessels = Files.createDirectories(tmp.resolve("vessels"));
        Files.writeString(vessels.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n9144782,Robon,Aframax,1997\n");
        Files.writeString(vessels.resolve("vessel_company.csv"),
                "vessel_imo,company_imo,role,start_date,end_date\n9144782,6510814,ISM Manager,2024-07-01,\n");
        Files.writeString(vessels.resolve("companies.csv"), "company_imo,company_name,address,jurisdiction\n"
                + "6510814,VIRTUE NAVIS SHIPMANAGEMENT,\"Apt 2, Zhandosov kacesi 30, Almaty, 050057, Kazakhstan.\",Kazakhstan\n");
        Path stakes = file("stakes.csv", STAKES_HEADER + "ofac-sdn:17013,HOLDCO LLP,100,100,shareholding,,\n"
                + "HOLDCO LLP,6510814,51,51,shareholding,2024-01-01,\n");
        KordonRun r = KordonRun.of("vessels", "show", "9144782", "--list", sample.toString(), "--vessel-data", vessels.toString(),
                "--as-of", "2026-11-24", "--stakes", stakes.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("ISM Manager VIRTUE NAVIS SHIPMANAGEMENT (IMO 6510814, ")
                .contains("ofac-sdn:17013")
                .contains("owned by listed parties: OFAC, EU, UK: blocked, listed-owned 51%: ofac-sdn:17013 -100%-> HOLDCO LLP(blocked) -51%-> 6510814");
    }
}
