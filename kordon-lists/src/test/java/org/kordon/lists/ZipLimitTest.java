package org.kordon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ZipLimitTest {
    private final ParseContext ctx = new ParseContext(Path.of("bomb.xlsx"), false, e -> { });

    @Test
    void partWithinLimit_readsWhole() throws IOException {
        InputStream in = ZipLimit.of(new ByteArrayInputStream(new byte[100]), ctx, "xl/worksheets/sheet1.xml", 100);
        assertThat(in.readAllBytes()).hasSize(100);
    }

    @Test
    void partBeyondLimit_failsNamingFileAndPart() {
        InputStream in = ZipLimit.of(new ByteArrayInputStream(new byte[101]), ctx, "xl/sharedStrings.xml", 100);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("bomb.xlsx").hasMessageContaining("xl/sharedStrings.xml")
                .hasMessageContaining("zip bomb");
    }
}
