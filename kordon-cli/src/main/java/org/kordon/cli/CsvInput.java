package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.kordon.input.CsvTable;

/**
 * The CLI's side of reading a user's CSV (queries.csv, cargoes.csv, stakes.csv...) with {@link CsvTable}: its
 * warnings go to stderr; its faults ({@link org.kordon.input.InputFormatException}, exit 3; a missing file, exit 4)
 * are mapped in {@link Main}.
 */
final class CsvInput {
    private CsvInput() {
    }

    /**
     * Says on {@code err}, once, which columns of the header the command does not read, so that a misspelt column
     * ({@code birthdate} for {@code birth_date}) is not silently ignored:
     * {@code kordon: warning: queries.csv line 1: column 'birthdate' is not read (read: id, name, ...)}.
     */
    static void warnUnread(CsvTable in, List<String> read, PrintWriter err) {
        in.unreadColumns(read).ifPresent(w -> err.println("kordon: warning: " + w));
    }

    /**
     * {@link CsvTable#count} after {@link #warnUnread}: the check a command makes of its input before it does any
     * work, so that a structural fault stops it before it writes anything and progress has a true total.
     */
    static long check(Path file, List<String> required, List<String> read, PrintWriter err) throws IOException {
        try (CsvTable in = CsvTable.open(file, required)) {
            warnUnread(in, read, err);
        }
        return CsvTable.count(file, required);
    }
}
