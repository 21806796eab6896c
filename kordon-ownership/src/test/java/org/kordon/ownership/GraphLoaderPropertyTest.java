package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The graph reader either returns a graph or throws its own exception naming the file, whatever the bytes. */
class GraphLoaderPropertyTest {
    private static final List<String> PIECES = List.of("{", "}", "[", "]", ",", ":", "\"", "\n", "null", "true", "-1", "150",
            "50", "\"recordType\"", "\"relationship\"", "\"entity\"", "\"person\"", "\"recordId\"", "\"r1\"", "\"recordDetails\"",
            "\"subject\"", "\"interestedParty\"", "\"interests\"", "\"share\"", "\"exact\"", "\"minimum\"", "\"exclusiveMaximum\"",
            "\"type\"", "\"shareholding\"", "\"startDate\"", "\"2024-13-01\"", "\"2020\"", "\"schema\"", "\"Ownership\"",
            "\"Directorship\"", "\"Person\"", "\"properties\"", "\"owner\"", "\"asset\"", "\"percentage\"", "\"25-50\"", "\"x\"",
            "\"id\"", "\"\"", "\u00e9", "\ud83d\ude00");

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void load_anyText_returnsGraphOrThrowsOwnershipFormatException(@ForAll("jsonish") String text) throws Exception {
        Path f = Files.createTempFile("fuzz", ".json");
        try {
            Files.writeString(f, text);
            try {
                GraphLoader.load(List.of(f));
            } catch (OwnershipFormatException e) {
                assertThat(e.getMessage()).startsWith(f.getFileName().toString());
            }
        } finally {
            Files.delete(f);
        }
    }

    @Property(tries = 100)
    void load_anyBytes_returnsGraphOrThrowsOwnershipFormatException(@ForAll byte[] bytes) throws Exception {
        Path f = Files.createTempFile("bytes", ".json");
        try {
            Files.write(f, bytes);
            try {
                GraphLoader.load(List.of(f));
            } catch (OwnershipFormatException e) {
                assertThat(e.getMessage()).startsWith(f.getFileName().toString());
            }
        } finally {
            Files.delete(f);
        }
    }
}
