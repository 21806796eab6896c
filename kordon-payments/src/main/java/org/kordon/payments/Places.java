package org.kordon.payments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The places under comprehensive or regional sanctions, read from the bundled {@code sanctioned-places.tsv} (each with
 * its legal basis): countries by ISO code, and countries, regions and towns by name as whole words in folded text
 * ({@code "Simferopol, Respublika Krym"} names UA-43 twice). Immutable and thread-safe.
 */
final class Places {
    static final String RESOURCE = "sanctioned-places.tsv";

    /** A place: its code, the name that was found, the legal basis. */
    record Place(String code, String name, String basis) {
    }

    private record Row(String code, List<String> names, String basis) {
    }

    private final List<Row> rows;
    private final Map<String, Row> byCountry = new HashMap<>();

    private Places(List<Row> rows) {
        this.rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.code().length() == 2) {
                byCountry.put(r.code(), r);
            }
        }
    }

    /** The bundled list. */
    static Places bundled() {
        try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    private static Places parse(BufferedReader r) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        int n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": 3 tab-separated columns expected, got " + f.length);
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String s : f[1].split("\\|")) {
                names.add(fold(s).strip());
            }
            rows.add(new Row(f[0].strip().toUpperCase(Locale.ROOT), names, f[2].strip()));
        }
        return new Places(rows);
    }

    /** The country under sanctions whose ISO code is {@code code} ({@code IR}), or null. */
    @Nullable Place country(@Nullable String code) {
        if (code == null) {
            return null;
        }
        Row r = byCountry.get(code.strip().toUpperCase(Locale.ROOT));
        return r == null ? null : new Place(r.code(), r.code(), r.basis());
    }

    /** Every place named in {@code text} as whole words, once each, in list order. */
    List<Place> named(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = " " + fold(text) + " ";
        List<Place> out = new ArrayList<>();
        for (Row r : rows) {
            for (String name : r.names()) {
                if (folded.contains(" " + name + " ")) {
                    out.add(new Place(r.code(), name, r.basis()));
                    break;
                }
            }
        }
        return out;
    }

    /** Lower case ({@link Locale#ROOT}), accents off, every run of non-letters and non-digits one space. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
