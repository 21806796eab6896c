package org.kordon.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The fitted model that turns a match's evidence into an estimated probability that the match is true: a logistic
 * regression over the contributions of {@link Explanation} ({@link #FEATURES}: the name score and what each secondary
 * feature added or took off), fitted on labelled pairs by {@code kordon eval --fit-model} and shipped as the versioned
 * resource {@code score-model.properties} beside this class.
 *
 * <pre>{@code
 * p = 1 / (1 + exp(-(intercept + sum over features f of coefficient[f] * x[f])))
 * }</pre>
 * where {@code x[name]} is the name score (before a weak-alias discount) and {@code x[f]} for every other feature the
 * sum of its contributions' deltas. A feature the labelled data cannot speak for (too few true or false pairs carry
 * it) is <em>tied</em>: its coefficient is the name's, so that its delta counts exactly as the same change of the name
 * score would; the resource says which.
 *
 * <p>What the probability means: the share of true matches among pairs with this evidence, in the mix the model was
 * fitted on (labelled variants of listed names, unlisted look-alikes, and clean names screened with birth date and
 * country; docs/MATCHING.md, "Scores"). It is not the chance that a given subject is listed (that depends on who is
 * screened); it ranks and thresholds alerts the same way in every engine.
 *
 * <p>Explained as the score is: {@link #contributions} gives each feature's share as the change of probability it
 * makes, in the order the features are applied, so that the shares add up to the probability. Immutable and
 * thread-safe.
 */
public final class ScoreModel {
    /** The features, in the order they are applied; the names of {@link Contribution#feature()}. */
    public static final List<String> FEATURES = List.of("name", "weak-alias", "identifier", "birth-date", "country",
            "schema", "legal-form", "cap");

    /** The resource the shipped model is read from, beside this class. */
    static final String RESOURCE = "score-model.properties";

    private static final ScoreModel SHIPPED = readShipped();

    private final int version;
    private final String fitted;
    private final double intercept;
    private final double[] coefficients;
    private final boolean[] tied;

    /**
     * A model.
     *
     * @param version      the model's version, raised at every refit that ships
     * @param fitted       one line saying what it was fitted on (data, command, date)
     * @param intercept    the intercept of the logistic regression
     * @param coefficients one per {@link #FEATURES} name, all of them
     * @param tied         the features whose coefficient is the name's (no labelled data of their own)
     * @throws IllegalArgumentException when a feature is missing or unknown, or a value is not finite
     */
    public ScoreModel(int version, String fitted, double intercept, Map<String, Double> coefficients, List<String> tied) {
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, got " + version);
        }
        this.version = version;
        this.fitted = Objects.requireNonNull(fitted, "fitted").replace('\n', ' ');
        this.intercept = finite("intercept", intercept);
        this.coefficients = new double[FEATURES.size()];
        this.tied = new boolean[FEATURES.size()];
        for (String f : coefficients.keySet()) {
            if (!FEATURES.contains(f)) {
                throw new IllegalArgumentException("unknown feature '" + f + "'; the features are " + FEATURES);
            }
        }
        for (String f : tied) {
            if (!FEATURES.contains(f) || f.equals("name")) {
                throw new IllegalArgumentException("cannot tie '" + f + "' to the name; the features are " + FEATURES);
            }
        }
        for (int i = 0; i < FEATURES.size(); i++) {
            String f = FEATURES.get(i);
            Double c = coefficients.get(f);
            if (c == null) {
                throw new IllegalArgumentException("no coefficient for feature '" + f + "'");
            }
            this.coefficients[i] = finite(f, c);
            this.tied[i] = tied.contains(f);
        }
        if (!(this.coefficients[0] > 0)) {
            throw new IllegalArgumentException("the name's coefficient must be positive (a better name must not lower the "
                    + "probability), got " + this.coefficients[0]);
        }
        for (int i = 1; i < this.tied.length; i++) {
            if (this.tied[i] && this.coefficients[i] != this.coefficients[0]) {
                throw new IllegalArgumentException("feature '" + FEATURES.get(i) + "' is tied but its coefficient "
                        + this.coefficients[i] + " is not the name's " + this.coefficients[0]);
            }
        }
    }

    /** The model Kordon ships ({@code score-model.properties}). */
    public static ScoreModel shipped() {
        return SHIPPED;
    }

    public int version() {
        return version;
    }

    public String fitted() {
        return fitted;
    }

    public double intercept() {
        return intercept;
    }

    /** The coefficient of {@code feature}, one of {@link #FEATURES}. */
    public double coefficient(String feature) {
        int i = FEATURES.indexOf(feature);
        if (i < 0) {
            throw new IllegalArgumentException("unknown feature '" + feature + "'; the features are " + FEATURES);
        }
        return coefficients[i];
    }

    /** Whether {@code feature} takes the name's coefficient for want of labelled data of its own. */
    public boolean tied(String feature) {
        int i = FEATURES.indexOf(feature);
        return i >= 0 && tied[i];
    }

    /**
     * The feature vector of an explanation, in the order of {@link #FEATURES}: the name score (before a weak-alias
     * discount), then the sum of each secondary feature's deltas (0 when absent).
     *
     * @throws IllegalArgumentException when a contribution's feature is not one of {@link #FEATURES} (a screener that
     *                                  explains with other features has no probability from this model)
     */
    public static double[] features(Explanation ex) {
        double[] x = new double[FEATURES.size()];
        for (Contribution c : ex.contributions()) {
            int i = FEATURES.indexOf(c.feature());
            if (i < 0) {
                throw new IllegalArgumentException("feature '" + c.feature() + "' is not one the score model knows "
                        + FEATURES);
            }
            x[i] += c.delta();
        }
        return x;
    }

    /** The estimated probability that the match {@code ex} explains is true. */
    public double probability(Explanation ex) {
        return probability(features(ex));
    }

    /** The estimated probability for a feature vector in the order of {@link #FEATURES}. */
    public double probability(double[] x) {
        return sigmoid(logit(x));
    }

    /** The linear predictor {@code intercept + coefficients . x}. */
    public double logit(double[] x) {
        if (x.length != coefficients.length) {
            throw new IllegalArgumentException("feature vector has " + x.length + " values, the model " + coefficients.length);
        }
        double z = intercept;
        for (int i = 0; i < x.length; i++) {
            z += coefficients[i] * x[i];
        }
        return z;
    }

    /**
     * Each feature's share of the probability: the first (name) is the probability the name alone gives, every
     * following one the change its delta makes, in the order of {@link #FEATURES}; features absent from {@code ex} are
     * left out. The shares add up to {@link #probability(Explanation)}.
     */
    public List<Contribution> contributions(Explanation ex) {
        double[] x = features(ex);
        List<Contribution> out = new ArrayList<>();
        double z = intercept + coefficients[0] * x[0];
        double p = sigmoid(z);
        out.add(new Contribution("name", p, String.format(Locale.ROOT, "name score %.3f", x[0])));
        for (int i = 1; i < x.length; i++) {
            if (x[i] == 0 && !present(ex, FEATURES.get(i))) {
                continue;
            }
            z += coefficients[i] * x[i];
            double next = sigmoid(z);
            out.add(new Contribution(FEATURES.get(i), next - p, String.format(Locale.ROOT, "%+.3f", x[i])));
            p = next;
        }
        return out;
    }

    private static boolean present(Explanation ex, String feature) {
        for (Contribution c : ex.contributions()) {
            if (c.feature().equals(feature)) {
                return true;
            }
        }
        return false;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * Reads a model in the resource's format: {@code key=value} lines ({@code #} comments), keys {@code version},
     * {@code fitted}, {@code intercept}, {@code tied} (comma-separated features) and one {@code coefficient.<feature>}
     * per feature.
     *
     * @param source what to name in errors (a file name)
     * @throws IllegalArgumentException naming the source and line of a malformed, unknown, repeated or missing key
     */
    public static ScoreModel read(Reader in, String source) throws IOException {
        Map<String, String> kv = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(source + ":" + n + ": expected key=value, got '" + t + "'");
            }
            String key = t.substring(0, eq).strip();
            String value = t.substring(eq + 1).strip();
            boolean known = key.equals("version") || key.equals("fitted") || key.equals("intercept") || key.equals("tied")
                    || (key.startsWith("coefficient.") && FEATURES.contains(key.substring("coefficient.".length())));
            if (!known) {
                throw new IllegalArgumentException(source + ":" + n + ": unknown key '" + key + "'");
            }
            if (kv.put(key, value) != null) {
                throw new IllegalArgumentException(source + ":" + n + ": key '" + key + "' given twice");
            }
        }
        try {
            Map<String, Double> coefficients = new LinkedHashMap<>();
            for (String f : FEATURES) {
                coefficients.put(f, Double.parseDouble(required(kv, "coefficient." + f, source)));
            }
            String tied = kv.getOrDefault("tied", "");
            List<String> tiedList = tied.isBlank() ? List.of() : List.of(tied.split("\\s*,\\s*"));
            return new ScoreModel(Integer.parseInt(required(kv, "version", source)), required(kv, "fitted", source),
                    Double.parseDouble(required(kv, "intercept", source)), coefficients, tiedList);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(source) ? e
                    : new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Writes this model in the format {@link #read} reads. */
    public void write(Writer out) throws IOException {
        out.write("""
                # Kordon score model: the estimated probability that a match is true is
                # 1 / (1 + exp(-(intercept + sum of coefficient.<feature> * feature))), see ScoreModel and docs/MATCHING.md.
                # Written by `kordon eval --fit-model`; a tied feature takes the name's coefficient.
                """);
        out.write("version=" + version + "\n");
        out.write("fitted=" + fitted + "\n");
        out.write(String.format(Locale.ROOT, "intercept=%.6f%n", intercept));
        for (int i = 0; i < FEATURES.size(); i++) {
            out.write(String.format(Locale.ROOT, "coefficient.%s=%.6f%n", FEATURES.get(i), coefficients[i]));
        }
        List<String> t = new ArrayList<>();
        for (int i = 0; i < tied.length; i++) {
            if (tied[i]) {
                t.add(FEATURES.get(i));
            }
        }
        out.write("tied=" + String.join(",", t) + "\n");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("score model v").append(version).append(String.format(Locale.ROOT, ": intercept %.3f", intercept));
        for (int i = 0; i < FEATURES.size(); i++) {
            b.append(String.format(Locale.ROOT, ", %s %.3f%s", FEATURES.get(i), coefficients[i], tied[i] ? " (tied)" : ""));
        }
        return b.toString();
    }

    private static String required(Map<String, String> kv, String key, String source) {
        String v = kv.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(source + ": missing key '" + key + "'");
        }
        return v;
    }

    private static double finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be finite, got " + v);
        }
        return v;
    }

    private static ScoreModel readShipped() {
        try (InputStream in = ScoreModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing beside " + ScoreModel.class.getName());
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
