package org.kordon.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PaymentReader} over damaged copies of the test messages (bytes overwritten, cut short, cut out): it returns
 * messages or failures naming the file, never throws, and never loses a message silently (a file gives at least one
 * message or one failure).
 */
class PaymentReaderPropertyTest {
    static final List<String> SEEDS = List.of("pacs008-cbpr-listed-bic8.xml", "pacs008-batch-bic11-branch-clean.xml",
            "pacs009-cov-ultimate-creditor.xml", "pain001-remittance.xml", "camt056-recall.xml", "pacs004-return.xml",
            "mt103-branch-and-clean.fin", "mt202cov-underlying.fin");
    static final byte[] NOISE = "<>/{}:-\n\r&;\"'=!?[]XYZ0123 -}{4:<Dbtr></".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** A seed message damaged at a few places. */
    @Provide
    Arbitrary<byte[]> damaged() {
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 2)).as((seed, cuts, kind) -> {
                    byte[] b = Fixtures.bytes(seed);
                    for (int c : cuts) {
                        int at = c % Math.max(1, b.length);
                        switch (kind) {
                            case 0 -> b[at] = NOISE[c % NOISE.length];
                            case 1 -> b = Arrays.copyOf(b, at);
                            default -> {
                                byte[] shorter = new byte[b.length - Math.min(b.length - at, 1 + c % 40)];
                                System.arraycopy(b, 0, shorter, 0, at);
                                System.arraycopy(b, b.length - (shorter.length - at), shorter, at, shorter.length - at);
                                b = shorter;
                            }
                        }
                    }
                    return b;
                });
    }

    @Property(tries = 1500)
    void damagedMessage_readsOrFailsNamingTheFile_neverThrows(@ForAll("damaged") byte[] bytes) {
        PaymentFile f = PaymentReader.read("damaged.msg", bytes);
        assertThat(f.messages().size() + f.unreadable().size()).isPositive();
        assertThat(f.unreadable()).allSatisfy(e -> assertThat(e.getMessage()).startsWith("damaged.msg"));
        for (PaymentMessage m : f.messages()) {
            assertThat(m.transactions()).isNotEmpty();
            Fixtures.screener().screen(m); // and every message read can be screened
        }
    }
}
