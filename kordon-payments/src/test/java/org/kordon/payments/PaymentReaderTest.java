package org.kordon.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentReaderTest {

    private static Party party(Transaction t, String role) {
        return t.parties().stream().filter(p -> p.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " in " + t.parties()));
    }

    private static PaymentFormatException onlyFailure(PaymentFile f) {
        assertThat(f.messages()).isEmpty();
        assertThat(f.unreadable()).hasSize(1);
        return f.unreadable().get(0);
    }

    @Test
    void read_cbprPacs008WithBah_givesEveryPartyAgentAccountAndTheMsgId() {
        PaymentMessage m = Fixtures.message("pacs008-cbpr-listed-bic8.xml");
        assertThat(m.id()).isEqualTo("CBPR-20261207-0001");
        assertThat(m.type()).isEqualTo("pacs.008.001.08");
        Transaction t = m.transactions().get(0);
        assertThat(t.id()).isEqualTo("INV-2026-4471"); // no TxId: the EndToEndId
        assertThat(t.parties()).extracting(Party::role).containsExactly("bah_from", "bah_to", "instructing_agent",
                "instructed_agent", "debtor", "debtor_agent", "intermediary_agent_1", "creditor_agent", "creditor");
        Party debtor = party(t, "debtor");
        assertThat(debtor.name()).isEqualTo("Hafenlogistik Lindqvist GmbH");
        assertThat(debtor.agent()).isFalse();
        assertThat(debtor.account()).isEqualTo("DE89370400440532013000");
        assertThat(debtor.address().town()).isEqualTo("Hamburg");
        assertThat(debtor.address().country()).isEqualTo("DE");
        assertThat(debtor.address().lines()).containsExactly("Am Sandtorkai", "41", "20457");
        assertThat(debtor.field()).isEqualTo("FIToFICstmrCdtTrf/CdtTrfTxInf/Dbtr");
        Party agent = party(t, "creditor_agent");
        assertThat(agent.agent()).isTrue();
        assertThat(agent.bic()).isEqualTo("SABRRUMM");
        assertThat(party(t, "creditor").account()).isEqualTo("40702810954400012345");
        assertThat(party(t, "bah_from").field()).isEqualTo("AppHdr/Fr");
        assertThat(t.texts()).containsExactly(new FreeText("FIToFICstmrCdtTrf/CdtTrfTxInf/RmtInf/Ustrd", "Invoice 4471 spare parts"));
    }

    @Test
    void read_threeDocumentsWithTheirHeaders_givesThreeMessagesEachWithItsOwnHeader() {
        PaymentFile f = Fixtures.read("pacs008-batch-bic11-branch-clean.xml");
        assertThat(f.unreadable()).isEmpty();
        assertThat(f.messages()).extracting(PaymentMessage::id).containsExactly("BNP-7781-A", "BNP-7781-B", "BNP-7781-C");
        assertThat(f.messages()).extracting(m -> party(m.transactions().get(0), "creditor_agent").bic())
                .containsExactly("SABRRUMMXXX", "SABRRUMM012", "ABNANL2AXXX");
        assertThat(party(f.messages().get(2).transactions().get(0), "bah_to").bic()).isEqualTo("ABNANL2AXXX");
        assertThat(f.messages().get(1).line()).isGreaterThan(f.messages().get(0).line());
    }

    @Test
    void read_pain001_paymentInformationPartiesBelongToEachTransaction() {
        PaymentMessage m = Fixtures.message("pain001-remittance.xml");
        assertThat(m.transactions()).extracting(Transaction::id).containsExactly("E2E-ACME-1", "E2E-ACME-2");
        for (Transaction t : m.transactions()) {
            assertThat(party(t, "initiating_party").name()).isEqualTo("Nordlicht Maschinenbau AG");
            assertThat(party(t, "debtor").account()).isEqualTo("DE02120300000000202051");
            assertThat(party(t, "debtor_agent").bic()).isEqualTo("BYLADEM1001");
        }
        assertThat(party(m.transactions().get(1), "creditor").name()).isEqualTo("Gasthof Alpenblick KG");
        assertThat(m.transactions().get(0).texts()).extracting(FreeText::text)
                .containsExactly("Final delivery of valves for Rosoboroneksport OAO project 17");
    }

    @Test
    void read_pacs009Cov_underlyingCustomerPartiesAreNamedAsSuch() {
        PaymentMessage m = Fixtures.message("pacs009-cov-ultimate-creditor.xml");
        assertThat(m.type()).isEqualTo("pacs.009.001.08 COV");
        Transaction t = m.transactions().get(0);
        assertThat(t.id()).isEqualTo("PO-88172");
        assertThat(party(t, "debtor").agent()).isTrue(); // pacs.009: the debtor is a bank
        assertThat(party(t, "debtor").bic()).isEqualTo("MIDLGB22XXX");
        Party ultimate = party(t, "underlying_ultimate_creditor");
        assertThat(ultimate.name()).isEqualTo("Rosoboroneksport OAO");
        assertThat(ultimate.field()).isEqualTo("FICdtTrf/CdtTrfTxInf/UndrlygCstmrCdtTrf/UltmtCdtr");
        assertThat(party(t, "underlying_debtor").account()).isEqualTo("AE070331234567890123456");
    }

    @Test
    void read_camt056Recall_givesAssignmentAgentsAndTheOriginalParties() {
        PaymentMessage m = Fixtures.message("camt056-recall.xml");
        assertThat(m.id()).isEqualTo("RCL-2026-12-07-003");
        Transaction t = m.transactions().get(0);
        assertThat(t.id()).isEqualTo("CXL-0003");
        assertThat(party(t, "assigner").bic()).isEqualTo("COBADEFFXXX");
        assertThat(party(t, "original_creditor_agent").bic()).isEqualTo("SABRRUMM");
        assertThat(party(t, "original_creditor").name()).isEqualTo("OOO Volzhskaya Tekhnika");
        assertThat(party(t, "originator").name()).isEqualTo("Hafenlogistik Lindqvist GmbH");
        assertThat(t.texts()).extracting(FreeText::text).containsExactly("Duplicate payment, please return");
    }

    @Test
    void read_pacs004Return_givesTheReturnChain() {
        Transaction t = Fixtures.message("pacs004-return.xml").transactions().get(0);
        assertThat(t.id()).isEqualTo("RTR-11-1");
        assertThat(party(t, "return_chain_debtor").name()).isEqualTo("Casa Rural Los Olivos SL");
        assertThat(party(t, "return_chain_creditor_agent").bic()).isEqualTo("INGBNL2AXXX");
    }

    @Test
    void read_twoMt103s_readsOptionsKAAndNoOptionAndStructuredF() {
        PaymentFile f = Fixtures.read("mt103-branch-and-clean.fin");
        assertThat(f.unreadable()).isEmpty();
        assertThat(f.messages()).extracting(PaymentMessage::id).containsExactly("REF-2026-1207", "INGREF-77120");
        assertThat(f.messages()).extracting(PaymentMessage::type).containsExactly("MT103", "MT103 STP");
        Transaction first = f.messages().get(0).transactions().get(0);
        Party ordering = party(first, "ordering_customer");
        assertThat(ordering.field()).isEqualTo("50K");
        assertThat(ordering.account()).isEqualTo("DE44500105175407324931");
        assertThat(ordering.name()).isEqualTo("Hafenlogistik Lindqvist GmbH");
        assertThat(ordering.address().lines()).containsExactly("Am Sandtorkai 41", "20457 Hamburg DE");
        assertThat(party(first, "account_with_institution").bic()).isEqualTo("SABRRUMM012");
        assertThat(party(first, "beneficiary_customer").name()).isEqualTo("OOO VOLZHSKAYA TEKHNIKA");
        assertThat(party(first, "receiver").bic()).isEqualTo("SABRRUMM012");
        assertThat(party(first, "sender").bic()).isEqualTo("COBADEFFXXX");
        assertThat(first.texts()).containsExactly(new FreeText("70", "INVOICE 4471 SPARE PARTS"));
        Party beneficiary = party(f.messages().get(1).transactions().get(0), "beneficiary_customer");
        assertThat(beneficiary.field()).isEqualTo("59F");
        assertThat(beneficiary.name()).isEqualTo("CASA RURAL LOS OLIVOS SL");
        assertThat(beneficiary.address().country()).isEqualTo("ES");
        assertThat(beneficiary.address().town()).isEqualTo("GRANADA");
        assertThat(beneficiary.account()).isEqualTo("ES9121000418450200051332");
    }

    @Test
    void read_mt202Cov_sequenceBPartiesAreTheUnderlyingCustomers() {
        PaymentMessage m = Fixtures.message("mt202cov-underlying.fin");
        assertThat(m.type()).isEqualTo("MT202 COV");
        Transaction t = m.transactions().get(0);
        assertThat(party(t, "beneficiary_institution").bic()).isEqualTo("UBSWCHZH80A");
        Party beneficiary = party(t, "underlying_beneficiary_customer");
        assertThat(beneficiary.field()).isEqualTo("B/59F");
        assertThat(beneficiary.name()).isEqualTo("ROSOBORONEKSPORT OAO");
        assertThat(beneficiary.address().country()).isEqualTo("RU");
        assertThat(t.texts()).extracting(FreeText::field).containsExactly("B/70", "B/72");
    }

    @Test
    void read_mtWithBlock4NotClosed_reportsTheFileLineAndReason() {
        PaymentFormatException e = onlyFailure(Fixtures.read("mt103-broken-block4.fin"));
        assertThat(e.getMessage()).startsWith("mt103-broken-block4.fin line 1: ").contains("block 4").contains("not closed");
    }

    @Test
    void read_mtWithTextOutsideBlocks_reportsItsLine() {
        String mt = "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:X1\n:59:JANE DOE\n-}\nstray text\n";
        PaymentFormatException e = onlyFailure(PaymentReader.read("stray.fin", mt.getBytes(StandardCharsets.US_ASCII)));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("text outside a block");
    }

    @Test
    void read_oneBrokenMtAmongGoodOnes_readsTheOthers() {
        String good = "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:20:GOOD-1\n:59:JANE DOE\n-}\n";
        String noRef = "{1:F01COBADEFFAXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:\n:59:JOHN DOE\n-}\n";
        PaymentFile f = PaymentReader.read("mixed.fin", (good + noRef + good.replace("GOOD-1", "GOOD-2")).getBytes(StandardCharsets.US_ASCII));
        assertThat(f.messages()).extracting(PaymentMessage::id).containsExactly("GOOD-1", "GOOD-2");
        assertThat(f.unreadable()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.detail()).contains("field 20");
        });
    }

    @Test
    void read_mtOfAnUnsupportedType_isRefusedNamingIt() {
        String mt = "{1:F01COBADEFFAXXX0000000000}{2:I199DEUTDEFFXXXXN}{4:\n:20:Q1\n:79:HELLO\n-}\n";
        assertThat(onlyFailure(PaymentReader.read("q.fin", mt.getBytes(StandardCharsets.US_ASCII))).detail())
                .contains("MT199 is not supported");
    }

    @Test
    void read_malformedXml_reportsTheFileAndLine() {
        PaymentFormatException e = onlyFailure(Fixtures.read("pacs008-malformed.xml"));
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).startsWith("pacs008-malformed.xml line 9: The element type \"FIToFICstmrCdtTrf\" must be terminated");
    }

    @Test
    void read_xmlWithDtdAndExternalEntity_isRefused() {
        PaymentFormatException e = onlyFailure(Fixtures.read("xxe.xml"));
        assertThat(e.detail()).contains("DTD");
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void read_billionLaughs_isRefusedBeforeExpanding() {
        assertThat(onlyFailure(Fixtures.read("billion-laughs.xml")).detail()).contains("DTD");
    }

    @Test
    void read_xmlNestedDeeperThanTheCap_isRefused() {
        String open = "<X>".repeat(Limits.XML_DEPTH + 10);
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\">" + open + "</X>".repeat(Limits.XML_DEPTH + 10) + "</Document>";
        assertThat(onlyFailure(PaymentReader.read("deep.xml", xml.getBytes(StandardCharsets.UTF_8))).detail()).contains("nested");
    }

    @Test
    void read_xmlWithAHugeText_isRefused() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><CdtTrfTxInf><RmtInf><Ustrd>"
                + "A".repeat(Limits.XML_EVENT_BYTES + 100) + "</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>";
        assertThat(onlyFailure(PaymentReader.read("huge.xml", xml.getBytes(StandardCharsets.UTF_8))).detail()).contains("runs on");
    }

    @Test
    void read_unsupportedIsoMessage_isRefusedNamingItsNamespace() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.002.001.10\"><FIToFIPmtStsRpt/></Document>";
        assertThat(onlyFailure(PaymentReader.read("status.xml", xml.getBytes(StandardCharsets.UTF_8))).detail())
                .contains("pacs.002.001.10 is not supported");
    }

    @Test
    void read_documentWithoutTransactions_isRefused() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><GrpHdr><MsgId>E1</MsgId>"
                + "</GrpHdr></FIToFICstmrCdtTrf></Document>";
        assertThat(onlyFailure(PaymentReader.read("empty.xml", xml.getBytes(StandardCharsets.UTF_8))).detail()).contains("no transaction");
    }

    @Test
    void read_neitherXmlNorMt_isRefused() {
        assertThat(onlyFailure(PaymentReader.read("notes.txt", "Dear team,\n".getBytes(StandardCharsets.UTF_8))).detail())
                .contains("neither ISO 20022 XML");
        assertThat(onlyFailure(PaymentReader.read("blank.xml", " \n".getBytes(StandardCharsets.UTF_8))).detail()).contains("empty");
    }

    @Test
    void read_messageWithoutMsgId_isNamedByItsFile() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><CdtTrfTxInf>"
                + "<Cdtr><Nm>Jan de Vries</Nm></Cdtr></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>";
        PaymentFile f = PaymentReader.read("noid.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(f.messages()).extracting(PaymentMessage::id).containsExactly("noid.xml");
        assertThat(f.messages().get(0).transactions()).extracting(Transaction::id).isEqualTo(List.of("#1"));
    }

    @Test
    void read_predefinedEntitiesInANameAndCdata_areReadAsText() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf><CdtTrfTxInf>"
                + "<Cdtr><Nm>Smith &amp; Sons &lt;UK&gt; Ltd</Nm></Cdtr><RmtInf><Ustrd><![CDATA[Invoice <17>]]></Ustrd></RmtInf>"
                + "</CdtTrfTxInf></FIToFICstmrCdtTrf></Document>";
        Transaction t = PaymentReader.read("amp.xml", xml.getBytes(StandardCharsets.UTF_8)).messages().get(0).transactions().get(0);
        assertThat(t.parties().get(0).name()).isEqualTo("Smith & Sons <UK> Ltd");
        assertThat(t.texts().get(0).text()).isEqualTo("Invoice <17>");
    }

    @Test
    void read_accountWithoutItsParty_isKeptWhereItStands() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.009.001.08\"><FICdtTrf><GrpHdr><MsgId>S1</MsgId>"
                + "<SttlmInf><SttlmMtd>INGA</SttlmMtd><SttlmAcct><Id><IBAN>IR820540102680020817909002</IBAN></Id></SttlmAcct></SttlmInf>"
                + "</GrpHdr><CdtTrfTxInf><PmtId><EndToEndId>E1</EndToEndId></PmtId></CdtTrfTxInf></FICdtTrf></Document>";
        Party p = PaymentReader.read("sttl.xml", xml.getBytes(StandardCharsets.UTF_8)).messages().get(0).transactions().get(0).parties().get(0);
        assertThat(p.role()).isEqualTo("account_holder");
        assertThat(p.field()).isEqualTo("FICdtTrf/GrpHdr/SttlmInf/SttlmAcct");
        assertThat(p.account()).isEqualTo("IR820540102680020817909002");
    }
}
