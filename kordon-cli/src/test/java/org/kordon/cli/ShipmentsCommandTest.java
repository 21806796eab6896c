package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon shipments screen} as a user runs it. */
class ShipmentsCommandTest {
    @TempDir Path tmp;
    static Path sample;
    static Path hs;

    @BeforeAll
    static void files() throws Exception {
        sample = ListOptions.BundledSample.extract();
        hs = Path.of(ShipmentsCommandTest.class.getResource("/trade/hs-excerpt.csv").toURI());
    }

    @Test
    void screen_writesOneRowPerFinding_screensRowsWithBadFieldsOnTheRest() throws Exception {
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, """
                id,date,exporter,exporter_country,consignee,consignee_country,end_user,end_user_country,destination_country,transit_countries,hs_code,description,value,currency,extra
                s1,2024-03-01,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,FR,,8703.23,passenger cars,20000,EUR,x
                s2,2024-03-02,Alpha Elektronik GmbH,DE,Kazakh Tech LLP,KZ,,,KZ,RU,8542.31.0000,microcontrollers,12000,EUR,
                s3,2024-03-03,Alpha Elektronik GmbH,DE,VTB Bank PJSC,RU,,,FR,,8471 80,computer units,100,EUR,
                s4,2024-02-30,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,FR,,870323,cars,1,EUR,
                s5,2024-03-05,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,XX,,870323,cars,1,EUR,
                ,2024-03-06,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,FR,,870323,cars,1,EUR,
                s7,2024-03-07,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,FR,,8542.99,frozen fish,1,EUR,
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out)).first().isEqualTo("shipment_id,finding,severity,party,entity_id,hs6,detail");
        assertThat(Files.readAllLines(out)).filteredOn(l -> l.startsWith("s1,")).isEmpty();
        assertThat(Files.readAllLines(out))
                .anySatisfy(l -> assertThat(l).startsWith("s2,controlled_goods,high,,,854231,\"CHP Tier 1 (published 2024-02-23)"))
                .anySatisfy(l -> assertThat(l).startsWith("s2,diversion_risk,medium,,,854231,").contains("KZ (destination, consignee)"))
                .anySatisfy(l -> assertThat(l).startsWith("s2,sanctioned_destination,high,,,854231,").contains("RU (transit)"))
                .anySatisfy(l -> assertThat(l).startsWith("s3,listed_party,").contains(",consignee,ofac-sdn:17013,"))
                .anySatisfy(l -> assertThat(l).startsWith("s3,controlled_goods,medium,,,847180,\"CHP Tier 4.A"))
                .anySatisfy(l -> assertThat(l).isEqualTo("s3,sanctioned_destination,high,,,847180,CHP Tier 4.A goods to or through RU (consignee)"))
                .anySatisfy(l -> assertThat(l).startsWith("s7,invalid_hs_code,medium,,,854299,"));
        assertThat(r.err())
                .contains("HS nomenclature from ")
                .contains("kordon: warning: shipments.csv line 5: ignored date '2024-02-30' (not an ISO date YYYY-MM-DD); screened on the other fields")
                .contains("kordon: warning: shipments.csv line 6: ignored destination_country 'XX' (not an ISO 3166-1 alpha-2 code); "
                        + "screened on the other fields")
                .contains("kordon: warning: shipments.csv line 7: field id is empty; its findings have shipment_id 'line:7'")
                .contains("kordon: screened 7 shipment(s) (2 with fields ignored), 3 with findings")
                .contains("rejected 0 row(s)");
    }

    @Test
    void screen_noNomenclature_saysOnceCodesAreCheckedByFormatOnly() throws Exception {
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, "id,consignee,destination_country,hs_code\na,Garage Dupont,FR,8542.99\nb,Garage Dupont,FR,7701.00\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--data-dir", tmp.resolve("nodata").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().split("checked by format and HS 2022 chapter only", -1)).hasSize(2);
        assertThat(Files.readAllLines(out)).containsExactly("shipment_id,finding,severity,party,entity_id,hs6,detail",
                "b,invalid_hs_code,medium,,,770100,HS code '7701.00' -> 770100 is not in HS 2022 chapters only (no nomenclature file)");
    }

    @Test
    void screen_userControlledList_addsItsFinding() throws Exception {
        Path list = tmp.resolve("national.csv");
        Files.writeString(list, "# list: National dual-use\n# published: 2025-01-01\nhs_code,tier\n8703.23,cars\n");
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, "id,consignee,destination_country,hs_code,description\na,Garage Dupont,FR,870323,cars\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString(), "--controlled", list.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("shipment_id,finding,severity,party,entity_id,hs6,detail",
                "a,controlled_goods,medium,,,870323,National dual-use cars (published 2025-01-01)");
    }

    @Test
    void screen_missingIdColumn_exitsBadInput() throws Exception {
        Path in = tmp.resolve("noid.csv");
        Files.writeString(in, "consignee,hs_code\nx,854231\n");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output",
                tmp.resolve("o.csv").toString(), "--hs", hs.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("noid.csv line 1: missing required column 'id'");
    }

    @Test
    void screen_badControlledFile_exitsBadInputNamingLine() throws Exception {
        Path list = tmp.resolve("bad.csv");
        Files.writeString(list, "hs6\n8542x\n");
        Path in = tmp.resolve("s.csv");
        Files.writeString(in, "id\na\n");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output",
                tmp.resolve("o.csv").toString(), "--controlled", list.toString(), "--hs", hs.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.csv line 2: field hs6: HS code '8542x'");
    }

    @Test
    void screen_countryOfAPartyWithNoName_isSaidToBeIgnored() throws Exception {
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, "id,consignee,consignee_country,destination_country,hs_code\na,,RU,FR,870323\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("kordon: warning: shipments.csv line 2: ignored consignee_country 'RU' (no consignee named); "
                + "screened on the other fields");
        assertThat(Files.readAllLines(out)).filteredOn(l -> l.startsWith("a,")).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("ignored consignee_country 'RU' (no consignee named)"));
    }

    @Test
    void screen_cslGiven_endUserAndConsigneeOnItAreExportControlEndUsers() throws Exception {
        Path csl = Path.of(ShipmentsCommandTest.class.getResource("/trade/csl/consolidated.json").toURI());
        Path in = tmp.resolve("shipments.csv");
        Files.writeString(in, """
                id,exporter,exporter_country,consignee,consignee_country,end_user,end_user_country,destination_country,hs_code,description
                e1,Alpha Elektronik GmbH,DE,Tako LLC,AM,Kazan Helicopters,RU,AM,854231,microcontrollers
                e2,Alpha Elektronik GmbH,DE,Garage Dupont SARL,FR,,,FR,870323,passenger cars
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString(), "--csl", csl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out))
                .anySatisfy(l -> assertThat(l).startsWith("e1,export_control_end_user,high,consignee,csl:9f2c4d1e0b7a3c5e8d6f4a2b1c0e9d8f7a6b5c4d,")
                        .contains("on Entity List (EL) - Bureau of Industry and Security"))
                .anySatisfy(l -> assertThat(l).startsWith("e1,export_control_end_user,high,end_user,csl:1b3d5f7a9c2e4f6a8b0d2c4e6f8a0b2c4d6e8f0a,")
                        .contains("on Military End User (MEU) List - Bureau of Industry and Security"))
                .noneSatisfy(l -> assertThat(l).startsWith("e2,"));
        assertThat(r.err()).contains("kordon: end-user lists: EU Annex IV ").contains("CSL 4 entries (EL 1, MEU 1, SDN 1, UVL 1)");
    }

    @Test
    void screen_cslNotACslFile_refusedBeforeScreening() throws Exception {
        Path notCsl = Files.writeString(tmp.resolve("other.json"), "{\"data\": []}\n");
        Path in = Files.writeString(tmp.resolve("shipments.csv"), "id,consignee\ns1,Garage Dupont SARL\n");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString(), "--csl", notCsl.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("--csl: ").contains("other.json is not the Consolidated Screening List");
        assertThat(out).doesNotExist();
    }

    /** Real rows: the EU annex CSV of Reg. 833/2014 in ../shared/data holds Annex IV (921 rows), Tako LLC of Yerevan among them. */
    @Test
    void screen_realEuAnnexIv_consigneeIsExportControlEndUser() throws Exception {
        Path eu = org.kordon.testkit.SharedData.require("lists/eu/32014R0833.csv");
        Path in = Files.writeString(tmp.resolve("shipments.csv"), """
                id,exporter,exporter_country,consignee,consignee_country,destination_country,hs_code,description
                a1,Alpha Elektronik GmbH,DE,Tako LLC,AM,AM,854231,microcontrollers
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("shipments", "screen", "--list", eu.toString(), "--input", in.toString(), "--output", out.toString(),
                "--hs", hs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).anySatisfy(l -> assertThat(l)
                .startsWith("a1,export_control_end_user,high,consignee,eu:32014R0833-IV-490,").contains("on EU Reg. 833/2014 Annex IV"));
        assertThat(r.err()).containsPattern("end-user lists: EU Annex IV 9\\d\\d entries");
    }

    @Test
    void screen_noEndUserList_warnsThatNoneCanBeFound() throws Exception {
        Path in = Files.writeString(tmp.resolve("shipments.csv"), "id,consignee\ns1,Garage Dupont SARL\n", StandardCharsets.UTF_8);
        KordonRun r = KordonRun.of("shipments", "screen", "--list", sample.resolve("ofac").toString(), "--input", in.toString(),
                "--output", tmp.resolve("findings.csv").toString(), "--hs", hs.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: no export-control end-user list").contains("export_control_end_user cannot be found");
    }
}
