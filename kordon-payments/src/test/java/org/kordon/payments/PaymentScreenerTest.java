package org.kordon.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentScreenerTest {

    private static MessageVerdict screen(PaymentMessage m) {
        return Fixtures.screener().screen(m);
    }

    private static List<Finding> findings(MessageVerdict v) {
        return v.transactions().stream().flatMap(t -> t.findings().stream()).toList();
    }

    private static Finding finding(MessageVerdict v, String role) {
        return findings(v).stream().filter(f -> f.role().equals(role)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + role + " in " + findings(v)));
    }

    @Test
    void screen_creditorAgentListedByBic8_blocks() {
        MessageVerdict v = screen(Fixtures.message("pacs008-cbpr-listed-bic8.xml"));
        assertThat(v.verdict()).isEqualTo(Verdict.BLOCK);
        Finding f = finding(v, "creditor_agent");
        assertThat(f.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(f.entityId()).isEqualTo("ofac-sdn:17018");
        assertThat(f.value()).isEqualTo("SABRRUMM");
        assertThat(f.score()).isEqualTo(1.0);
        assertThat(f.field()).isEqualTo("FIToFICstmrCdtTrf/CdtTrfTxInf/CdtrAgt");
    }

    @Test
    void screen_headOfficeBic11AndBranch_blockAsTheListedBic8_andTheCleanOneReleases() {
        List<MessageVerdict> vs = Fixtures.read("pacs008-batch-bic11-branch-clean.xml").messages().stream().map(PaymentScreenerTest::screen).toList();
        assertThat(vs).extracting(MessageVerdict::verdict).containsExactly(Verdict.BLOCK, Verdict.BLOCK, Verdict.RELEASE);
        assertThat(finding(vs.get(0), "creditor_agent").explanation()).contains("head office of SABRRUMM").contains("ofac-sdn:17018");
        assertThat(finding(vs.get(1), "creditor_agent").explanation()).contains("branch 012 of SABRRUMM");
        assertThat(vs.get(2).rows()).singleElement().satisfies(r -> {
            assertThat(r.get(2)).isEqualTo("release");
            assertThat(r.get(6)).isEmpty();
        });
    }

    @Test
    void screen_listedCompanyAsUnderlyingUltimateCreditor_blocksByName() {
        MessageVerdict v = screen(Fixtures.message("pacs009-cov-ultimate-creditor.xml"));
        Finding f = finding(v, "underlying_ultimate_creditor");
        assertThat(f.entityId()).isEqualTo("ofac-sdn:18782");
        assertThat(f.value()).isEqualTo("Rosoboroneksport OAO");
        assertThat(f.score()).isGreaterThanOrEqualTo(VerdictRules.BLOCK_SCORE);
        assertThat(f.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(v.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void screen_listedNameInRemittanceText_isFoundAndTheOtherTransactionReleases() {
        MessageVerdict v = screen(Fixtures.message("pain001-remittance.xml"));
        TransactionVerdict hit = v.transactions().get(0);
        assertThat(hit.verdict()).isNotEqualTo(Verdict.RELEASE);
        assertThat(hit.findings()).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("free_text");
            assertThat(f.field()).isEqualTo("CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf/RmtInf/Ustrd");
            assertThat(f.entityId()).isEqualTo("ofac-sdn:18782");
        });
        assertThat(v.transactions().get(1).verdict()).isEqualTo(Verdict.RELEASE);
    }

    @Test
    void screen_politicallyExposedPersonInRemittanceText_isNoSanctionsFinding() {
        String xml = new String(Fixtures.bytes("pain001-remittance.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Final delivery of valves for Rosoboroneksport OAO project 17", "Donation to the campaign of Senator Elizabeth Warren");
        MessageVerdict v = Fixtures.screener().screen(PaymentReader.read("pep.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).messages().get(0));
        assertThat(v.verdict()).isEqualTo(Verdict.RELEASE);
    }

    @Test
    void screen_crimeanAddress_holdsNamingThePlaceAndItsLegalBasis() {
        MessageVerdict v = screen(Fixtures.message("pacs008-crimea.xml"));
        assertThat(v.verdict()).isEqualTo(Verdict.HOLD);
        Finding f = finding(v, "creditor");
        assertThat(f.entityId()).isEqualTo("place:UA-43");
        assertThat(f.explanation()).contains("names krym (UA-43)").contains("692/2014");
        assertThat(findings(v)).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.HOLD));
    }

    @Test
    void screen_cleanPayments_areReleasedWithOneRowEachAndNoEntity() {
        MessageVerdict v = screen(Fixtures.message("pacs008-clean.xml"));
        assertThat(v.verdict()).isEqualTo(Verdict.RELEASE);
        assertThat(v.rows()).extracting(r -> r.get(1) + " " + r.get(2) + " [" + r.get(6) + "]")
                .containsExactly("TX-981-1 release []", "TX-981-2 release []");
        assertThat(screen(Fixtures.message("pacs004-return.xml")).verdict()).isEqualTo(Verdict.RELEASE);
    }

    @Test
    void screen_mt103ToAListedBranch_blocks_andTheCleanStpReleases() {
        List<MessageVerdict> vs = Fixtures.read("mt103-branch-and-clean.fin").messages().stream().map(PaymentScreenerTest::screen).toList();
        assertThat(vs.get(1).rows()).as("clean MT103 STP").allSatisfy(r -> assertThat(r.get(2)).as(r.toString()).isEqualTo("release"));
        assertThat(vs).extracting(MessageVerdict::verdict).containsExactly(Verdict.BLOCK, Verdict.RELEASE);
        Finding f = finding(vs.get(0), "account_with_institution");
        assertThat(f.field()).isEqualTo("57A");
        assertThat(f.entityId()).isEqualTo("ofac-sdn:17018");
    }

    @Test
    void screen_mt202Cov_findsTheUnderlyingBeneficiaryAndTheBicWrittenInField72() {
        MessageVerdict v = screen(Fixtures.message("mt202cov-underlying.fin"));
        assertThat(v.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(finding(v, "underlying_beneficiary_customer").entityId()).isEqualTo("ofac-sdn:18782");
        assertThat(findings(v)).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("B/72");
            assertThat(f.value()).isEqualTo("VTBRRUMM");
            assertThat(f.entityId()).isEqualTo("ofac-sdn:17013");
            assertThat(f.verdict()).isEqualTo(Verdict.BLOCK);
        });
    }

    @Test
    void screen_recallNamingAListedBankInTheOriginalTransaction_blocks() {
        assertThat(finding(screen(Fixtures.message("camt056-recall.xml")), "original_creditor_agent").entityId()).isEqualTo("ofac-sdn:17018");
    }

    private static Transaction oneParty(Party p) {
        return new Transaction("T1", List.of(p), List.of());
    }

    private static Party agent(String bic, String lei) {
        return new Party("creditor_agent", "CdtrAgt", true, null, bic, lei, null, List.of(), new PostalAddress(List.of(), null, null, null));
    }

    @Test
    void screen_listedLei_blocks() {
        TransactionVerdict t = Fixtures.screener().screen(oneParty(agent(null, "253400V1H6ART1UQ0N98")));
        assertThat(t.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(t.findings()).singleElement().extracting(Finding::entityId).isEqualTo("ofac-sdn:17013");
    }

    @Test
    void screen_listedTaxIdAsAPartyIdentifier_blocks() {
        Party p = new Party("creditor", "Cdtr", false, "Some Trading House", null, null, null, List.of("7718852163"),
                new PostalAddress(List.of(), null, null, null));
        TransactionVerdict t = Fixtures.screener().screen(oneParty(p));
        assertThat(t.findings()).anySatisfy(f -> {
            assertThat(f.entityId()).isEqualTo("ofac-sdn:18782");
            assertThat(f.verdict()).isEqualTo(Verdict.BLOCK);
        });
    }

    @Test
    void screen_malformedBicOrLei_holdsRatherThanReleasing() {
        TransactionVerdict t = Fixtures.screener().screen(oneParty(agent("SABR-RU", "NOT-A-LEI")));
        assertThat(t.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(t.findings()).extracting(Finding::value).containsExactly("SABR-RU", "NOT-A-LEI");
    }

    @Test
    void screen_agentInAComprehensivelySanctionedCountry_holdsByItsBicCountry() {
        TransactionVerdict t = Fixtures.screener().screen(oneParty(agent("BMJIIRTHXXX", null)));
        assertThat(t.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(t.findings()).singleElement().extracting(Finding::entityId).isEqualTo("place:IR");
    }

    @Test
    void unreadable_isHeldWithTheFileLineAndReason() {
        MessageVerdict v = MessageVerdict.unreadable(Fixtures.read("mt103-broken-block4.fin").unreadable().get(0));
        assertThat(v.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(v.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("mt103-broken-block4.fin");
            assertThat(r.get(2)).isEqualTo("hold");
            assertThat(r.get(5)).isEqualTo("mt103-broken-block4.fin line 1");
            assertThat(r.get(8)).startsWith("not readable: ").contains("block 4");
        });
    }

    @Test
    void rows_haveTheContractsColumns() {
        assertThat(String.join(",", MessageVerdict.COLUMNS)).isEqualTo("message_id,transaction_id,verdict,field,role,value,entity_id,score,explanation");
        assertThat(screen(Fixtures.message("pacs008-cbpr-listed-bic8.xml")).rows()).allSatisfy(r -> assertThat(r).hasSize(9));
    }
}
