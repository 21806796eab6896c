package org.kordon.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.kordon.input.InputFormatException;

/** Properties of the IMO parsers and the vessel-data reader: a value or Kordon's own exception, never anything else. */
class ImoPropertiesTest {
    @Property(tries = 500)
    void parse_anyText_valueOrIllegalArgument(@ForAll @StringLength(max = 30) String text) {
        try {
            ImoNumber n = ImoNumber.parse(text);
            assertThat(n.value()).hasSize(7).containsOnlyDigits();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            assertThat(ImoCompanyNumber.parse(text).value()).hasSize(7);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void checkDigit_exactlyOneOfTenEndingsValid(@ForAll @IntRange(min = 0, max = 999_999) int six) {
        String base = String.format(java.util.Locale.ROOT, "%06d", six);
        int valid = 0;
        int validCompany = 0;
        for (int d = 0; d <= 9; d++) {
            valid += ImoNumber.isValid(base + d) ? 1 : 0;
            validCompany += ImoCompanyNumber.isValid(base + d) ? 1 : 0;
        }
        assertThat(valid).isEqualTo(1);
        assertThat(validCompany).isEqualTo(1);
    }

    @Property(tries = 50)
    void vesselData_anyVesselsCsv_loadsOrThrowsInputFormatException(@ForAll @StringLength(max = 300) String body) throws IOException {
        Path dir = Files.createTempDirectory("vd");
        try {
            Files.writeString(dir.resolve("vessels.csv"), "vessel_imo,vessel_name,tanker_size,buildyear\n" + body, StandardCharsets.UTF_8);
            try {
                VesselData.load(dir);
            } catch (InputFormatException e) {
                assertThat(e.getMessage()).startsWith("vessels.csv");
            }
        } finally {
            Files.deleteIfExists(dir.resolve("vessels.csv"));
            Files.deleteIfExists(dir);
        }
    }

    @Property(tries = 50)
    void parse_tooLongInput_rejectedWithShortMessage(@ForAll @IntRange(min = 8, max = 5000) int length) {
        assertThatThrownBy(() -> ImoNumber.parse("1".repeat(length)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(150));
    }
}
