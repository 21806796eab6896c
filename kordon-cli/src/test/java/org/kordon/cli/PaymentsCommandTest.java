package org.kordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kordon payments screen} as the contract runs it, against the bundled sample of real listings. */
class PaymentsCommandTest {
    static final String HEADER = "message_id,transaction_id,verdict,field,role,value,entity_id,score,explanation";
    @TempDir Path tmp;
    static Path sample;

    @BeforeAll
    static void lists() {
        sample = ListOptions.BundledSample.extract();
    }

    /** A CBPR+ pacs.008 whose creditor agent is {@code creditorAgent}. */
    static String pacs008(String msgId, String creditorAgent, String creditor) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
                  <FIToFICstmrCdtTrf>
                    <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-12-07T09:00:00+00:00</CreDtTm><NbOfTxs>1</NbOfTxs>
                      <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr>
                    <CdtTrfTxInf>
                      <PmtId><InstrId>%1$s</InstrId><EndToEndId>E2E-%1$s</EndToEndId><UETR>3f1b7c2e-9a1d-4c55-8e0b-2d6a7f9c1e01</UETR></PmtId>
                      <IntrBkSttlmAmt Ccy="EUR">100.00</IntrBkSttlmAmt><IntrBkSttlmDt>2026-12-07</IntrBkSttlmDt><ChrgBr>SHAR</ChrgBr>
                      <Dbtr><Nm>Jan de Vries</Nm><PstlAdr><TwnNm>Utrecht</TwnNm><Ctry>NL</Ctry></PstlAdr></Dbtr>
                      <DbtrAgt><FinInstnId><BICFI>INGBNL2AXXX</BICFI></FinInstnId></DbtrAgt>
                      <CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt>
                      <Cdtr><Nm>%s</Nm></Cdtr>
                      <RmtInf><Ustrd>Invoice 17</Ustrd></RmtInf>
                    </CdtTrfTxInf>
                  </FIToFICstmrCdtTrf>
                </Document>
                """.formatted(msgId, creditorAgent, creditor);
    }

    @Test
    void screen_folderOfMxAndMt_writesOneRowPerFindingAndOneReleaseRowPerCleanTransaction() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a-sber-branch.xml"), pacs008("MSG-1", "SABRRUMM012", "OOO Volzhskaya Tekhnika"));
        Files.writeString(inbox.resolve("b-clean.xml"), pacs008("MSG-2", "BBVAESMMXXX", "Casa Rural Los Olivos SL"));
        Files.writeString(inbox.resolve("c-vtb.fin"), "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\r\n:20:MT-REF-1\r\n"
                + ":23B:CRED\r\n:32A:261207EUR15000,00\r\n:50K:/DE44500105175407324931\r\nHAFENLOGISTIK LINDQVIST GMBH\r\n"
                + ":57A:VTBRRUMM\r\n:59:/40702810954400012345\r\nOOO VOLZHSKAYA TEKHNIKA\r\n:71A:SHA\r\n-}\r\n", StandardCharsets.US_ASCII);
        Files.writeString(inbox.resolve(".hidden.xml"), "not a message");
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("payments", "screen", "--list", sample.toString(), "--input", inbox.toString(), "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).first().isEqualTo(HEADER);
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("MSG-1,E2E-MSG-1,block,FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt,creditor_agent,"
                + "SABRRUMM012,ofac-sdn:17018,1.0000,"));
        assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("MT-REF-1,MT-REF-1,block,57A,account_with_institution,VTBRRUMM,ofac-sdn:17013,"));
        assertThat(rows).filteredOn(l -> l.startsWith("MSG-2,")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("MSG-2,E2E-MSG-2,release,,,,,,"));
        assertThat(r.err()).contains("kordon: screened 3 message(s) from 3 file(s)").contains("2 block, 0 hold, 1 release");
    }

    @Test
    void screen_unparsableMessage_isHeldWithFileLineAndReasonOnStderr_andTheRunGoesOn() throws Exception {
        Path broken = tmp.resolve("broken.fin");
        Files.writeString(broken, "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:B-1\n:59:JANE DOE\n", StandardCharsets.US_ASCII);
        Path clean = tmp.resolve("clean.xml");
        Files.writeString(clean, pacs008("MSG-9", "BBVAESMMXXX", "Casa Rural Los Olivos SL"));
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("payments", "screen", "--list", sample.toString(), "--input", broken.toString(), clean.toString(),
                "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("broken.fin line 1: block 4 opened at line 1 is not closed").contains("the message is held");
        assertThat(Files.readAllLines(out)).containsExactly(HEADER,
                "broken.fin,,hold,,,broken.fin line 1,,,not readable: block 4 opened at line 1 is not closed (file ends inside it)",
                "MSG-9,E2E-MSG-9,release,,,,,,no finding in 4 parties and agents and 1 free-text field(s)");
    }

    @Test
    void screen_missingInput_exits4AndWritesNothing() throws Exception {
        Path out = tmp.resolve("findings.csv");
        KordonRun r = KordonRun.of("payments", "screen", "--list", sample.toString(), "--input", tmp.resolve("nope").toString(),
                "--output", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("cannot read").contains("nope");
        assertThat(out).doesNotExist();
    }

    @Test
    void screen_emptyFolder_isRefusedRatherThanReportingNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        KordonRun r = KordonRun.of("payments", "screen", "--list", sample.toString(), "--input", empty.toString(),
                "--output", tmp.resolve("f.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(r.err()).contains("no payment file in");
    }

    @Test
    void screen_withoutOutput_isAUsageError() {
        KordonRun r = KordonRun.of("payments", "screen", "--input", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--output");
    }
}
