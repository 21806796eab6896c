package org.kordon.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the lists in force can be trusted now: every configured path still holds lists, no source in force is
 * empty, and none is older than the age allowed. A server answers {@code /health} and {@code /readyz} from it.
 *
 * <pre>{@code
 * ListHealth h = ListHealth.check(List.of(Path.of("data")), null, loaded.files(), Duration.ofDays(7), Instant.now());
 * h.healthy();    // false
 * h.problems();   // ["un (data/un/20260227000000-3f1c…/UN_consolidated.xml) is 283d 2h old (published
 *                 //   2026-02-27T00:00:09.554Z); at most 7d allowed: run 'kordon lists update' and reload"]
 * }</pre>
 *
 * <p>Age: a list is as old as the newest evidence that it is current, which is the later of the publication date
 * the file gives (UN {@code dateGenerated}, EU {@code generationDate}, OFAC Enhanced XML {@code dataAsOf}, OFSI
 * "Last Updated", the date in an FCDO file name, OpenSanctions' {@code last_change}) and the last time
 * {@code kordon lists update} found it to be the latest ({@code checked-at} in its version folder); the file's
 * modification time only when neither exists (OFAC and EU CSV files outside a data directory), since copying a
 * file renews it.
 *
 * @param sources  what is known of each file in force
 * @param problems why the lists cannot be trusted, one sentence each; empty when healthy
 */
public record ListHealth(List<SourceStatus> sources, List<String> problems) {
    private static final Pattern AGE = Pattern.compile("(\\d+)\\s*([mhdw])");

    public ListHealth {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /**
     * One file in force.
     *
     * @param list     the list name
     * @param file     the file
     * @param format   its format's CLI name
     * @param entities entities it gave when loaded
     * @param asOf     when it was last known current, or null when unknown
     * @param basis    what {@code asOf} comes from: {@code published}, {@code checked} (by lists update) or {@code modified}
     * @param age      how old that makes it, or null
     */
    public record SourceStatus(String list, String file, String format, int entities, Instant asOf, String basis, Duration age) {
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /**
     * Checks the lists in force.
     *
     * @param configured the paths the lists were loaded from (each must still hold a list); empty when unknown
     * @param format     the format the paths were loaded with, or null when detected
     * @param inForce    the files of the load in force
     * @param maxAge     the oldest a list may be, or null for no limit
     * @param now        the time to measure ages at
     */
    public static ListHealth check(List<Path> configured, ListFormat format, List<LoadedFile> inForce, Duration maxAge, Instant now) {
        List<String> problems = new ArrayList<>();
        for (Path p : configured) {
            if (!Files.exists(p)) {
                problems.add(p + " is missing: the lists cannot be reloaded from it");
                continue;
            }
            try {
                ListLoader.resolve(List.of(p), format);
            } catch (ListFormatException | java.io.UncheckedIOException e) {
                problems.add(p + " no longer holds a list: " + e.getMessage());
            }
        }
        if (inForce.isEmpty()) {
            problems.add("no list is in force");
        }
        List<SourceStatus> sources = new ArrayList<>();
        for (LoadedFile f : inForce) {
            String name = f.source().list() + " (" + f.file() + ")";
            if (f.entities() < 1) {
                problems.add(name + " is empty");
            }
            boolean present = Files.isRegularFile(f.file());
            if (!present) {
                problems.add(name + " is gone from disk (replaced by a newer download?): reload the lists");
            }
            Optional<Instant> published = published(f.source().version());
            Optional<Instant> checked = checked(f.file().getParent());
            Instant asOf = null;
            String basis = null;
            if (published.isPresent() || checked.isPresent()) {
                boolean byCheck = checked.isPresent() && (published.isEmpty() || checked.get().isAfter(published.get()));
                asOf = byCheck ? checked.get() : published.get();
                basis = byCheck ? "checked" : "published";
            } else if (present) {
                asOf = modified(f.file());
                basis = asOf == null ? null : "modified";
            }
            Duration age = asOf == null ? null : Duration.between(asOf, now);
            if (maxAge != null && age == null) {
                problems.add(name + ": cannot tell how old it is");
            } else if (maxAge != null && age.compareTo(maxAge) > 0) {
                problems.add(name + " is " + format(age) + " old (" + basis + " " + asOf + "); at most " + format(maxAge)
                        + " allowed: run 'kordon lists update' and reload");
            }
            sources.add(new SourceStatus(f.source().list(), f.file().toString(), f.format().cliName(), f.entities(), asOf, basis, age));
        }
        return new ListHealth(sources, problems);
    }

    /** The publication time a list version string gives (ISO date or date-time, UTC unless it says), if any. */
    static Optional<Instant> published(String version) {
        if (version == null) {
            return Optional.empty();
        }
        String v = version.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** When {@code kordon lists update} last found the version in {@code dir} current, if it is a version folder. */
    static Optional<Instant> checked(Path dir) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Properties p = ListUpdater.readVersion(dir);
            String at = p.getProperty("checked-at", p.getProperty("fetched-at"));
            if (at == null && Files.isRegularFile(dir.resolve("SOURCE"))) {
                List<String> lines = Files.readAllLines(dir.resolve("SOURCE"));
                at = lines.size() > 1 ? lines.get(1) : null;
            }
            return at == null ? Optional.empty() : Optional.of(Instant.parse(at.strip()));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Parses an age: a number with {@code m} (minutes), {@code h}, {@code d} or {@code w}, or several
     * ({@code 1d12h}), or ISO-8601 ({@code PT36H}).
     *
     * @throws IllegalArgumentException quoting the text when it is not one
     */
    public static Duration parseAge(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return positive(Duration.parse(t.toUpperCase(Locale.ROOT)), text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not an age (e.g. 36h, 7d, 1d12h, PT36H)");
            }
        }
        Matcher m = AGE.matcher(t);
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not an age (e.g. 36h, 7d, 1d12h, PT36H)");
        }
        return positive(d, text);
    }

    private static Duration positive(Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("age '" + text + "' must be positive");
        }
        return d;
    }

    /** An age in words a person reads at once: {@code 283d 2h}, {@code 36h}, {@code 12m}. */
    public static String format(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = d.toHours();
        if (hours < 48) {
            return hours + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
        }
        return d.toDays() + "d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "h");
    }
}
