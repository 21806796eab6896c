package org.kordon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kordon.trade.ControlledList;
import org.kordon.trade.CountryList;
import org.kordon.trade.HsNomenclature;

/**
 * Where the trade commands find their reference files. The HS 2022 nomenclature comes from {@code --hs FILE}, else
 * {@code harmonized-system.csv} in the first of: the data directory's {@code trade/} ({@code --data-dir},
 * {@code $KORDON_DATA_DIR}, {@code <kordon>/data}), {@code ./data/trade}, {@code ../shared/data/trade} beside the
 * Kordon folder or the working directory; when none has it, codes are checked by format and chapter only, said once
 * on stderr.
 */
final class TradeFiles {
    static final String HS_FILE = "harmonized-system.csv";

    private TradeFiles() {
    }

    static HsNomenclature nomenclature(Path hsOption, Path dataDir, PrintWriter err) {
        if (hsOption != null) {
            return load(hsOption, err);
        }
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(dataDir.resolve("trade").resolve(HS_FILE));
        candidates.add(Path.of("data", "trade", HS_FILE));
        candidates.add(ListOptions.home().resolve("../shared/data/trade").resolve(HS_FILE).normalize());
        candidates.add(Path.of("..", "shared", "data", "trade", HS_FILE));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return load(p, err);
            }
        }
        err.println("kordon: no " + HS_FILE + " (--hs, " + dataDir.resolve("trade") + ", ./data/trade, ../shared/data/trade): "
                + "HS codes are checked by format and HS 2022 chapter only");
        return HsNomenclature.formatOnly();
    }

    private static HsNomenclature load(Path p, PrintWriter err) {
        try {
            HsNomenclature n = HsNomenclature.load(p);
            err.printf(java.util.Locale.ROOT, "kordon: HS nomenclature from %s (%,d codes)%n", p, n.size());
            return n;
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + p + ": " + e.getMessage());
        }
    }

    /** The CHP list plus every {@code --controlled} file. */
    static List<ControlledList> controlled(List<Path> files) {
        List<ControlledList> out = new ArrayList<>();
        out.add(ControlledList.chp());
        for (Path f : files) {
            try {
                out.add(ControlledList.load(f));
            } catch (NoSuchFileException e) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + f + ": no such file");
            } catch (IOException e) {
                throw new UserException(ExitCode.IO_ERROR, "cannot read " + f + ": " + e.getMessage());
            }
        }
        return out;
    }

    static CountryList countries(Path file, CountryList fallback) {
        if (file == null) {
            return fallback;
        }
        try {
            return CountryList.load(file);
        } catch (NoSuchFileException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UserException(ExitCode.IO_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
