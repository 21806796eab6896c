package org.kordon.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.kordon.documents.DocumentScanner;
import org.kordon.matching.Algorithm;
import org.kordon.model.Entity;
import org.kordon.model.IdType;
import org.kordon.model.ListSnapshot;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;
import org.kordon.resolution.ResolvedScreener;
import org.kordon.resolution.Resolver;

/** The test messages (src/test/resources) and a small snapshot of real listings, shared by the tests. */
final class Fixtures {
    private static PaymentScreener screener;

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaymentFile read(String name) {
        return PaymentReader.read(name, bytes(name));
    }

    /** The only message of a file that must read whole. */
    static PaymentMessage message(String name) {
        PaymentFile f = read(name);
        if (!f.unreadable().isEmpty() || f.messages().size() != 1) {
            throw new AssertionError(name + ": expected one message, got " + f);
        }
        return f.messages().get(0);
    }

    /**
     * Three listings as OFAC's SDN list gives them (id, name, BIC, LEI, tax id as in ../shared/data/lists/ofac/sdn.csv),
     * a person who is not a bank, and a politically exposed person: enough for every rule without loading the real lists.
     */
    static ListSnapshot snapshot() {
        SourceRef ofac = new SourceRef("ofac-sdn", "test");
        return new ListSnapshot(List.of(ofac), List.of(
                Entity.builder("ofac-sdn:17018", Schema.COMPANY).name("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", NameKind.PRIMARY)
                        .identifier(IdType.BIC, "SABRRUMM").country("ru").source(ofac).build(),
                Entity.builder("ofac-sdn:17013", Schema.COMPANY).name("VTB BANK PUBLIC JOINT STOCK COMPANY", NameKind.PRIMARY)
                        .identifier(IdType.BIC, "VTBRRUMM").identifier(IdType.LEI, "253400V1H6ART1UQ0N98").country("ru").source(ofac).build(),
                Entity.builder("ofac-sdn:18782", Schema.COMPANY).name("ROSOBORONEKSPORT OAO", NameKind.PRIMARY)
                        .name("ROSOBORONEXPORT", NameKind.ALIAS).identifier(IdType.TAX_ID, "7718852163").country("ru").source(ofac).build(),
                Entity.builder("ofac-sdn:16934", Schema.PERSON).name("MENYAILO, Sergei Ivanovich", NameKind.PRIMARY).source(ofac).build(),
                // a member of the US Congress as OpenSanctions' PEP data gives her: politically exposed, sanctioned by no one
                Entity.builder("os:Q434706", Schema.PERSON).name("Elizabeth Warren", NameKind.PRIMARY).remark("topic: role.pep")
                        .source(new SourceRef("os-us_congress", "test")).build()));
    }

    /** A screener over {@link #snapshot()}, built once. */
    static synchronized PaymentScreener screener() {
        if (screener == null) {
            ListSnapshot s = snapshot();
            ResolvedScreener resolved = ResolvedScreener.build(s, Resolver.resolve(s), Algorithm.KORDON);
            screener = PaymentScreener.build(s, resolved, DocumentScanner.build(s));
        }
        return screener;
    }
}
