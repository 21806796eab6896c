package org.kordon.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys a server accepts, held only as salted SHA-256 hashes. A key's name is the identity the audit trail
 * records for every write made with it (as {@code principal}).
 *
 * <p>One key per line, {@code name:role:salt:sha256hex}, where the hash is SHA-256 of the salt's text followed by the
 * key's text; {@code #} starts a comment. The role is one of
 * <ul>
 *   <li>{@code read}: the READ endpoints;</li>
 *   <li>{@code write}: every endpoint; a decision it records is the key's own: it may name no analyst but itself
 *       (a key per analyst, or a batch job deciding as itself);</li>
 *   <li>{@code act-for}: a write key that may also name another analyst in a decision, for a front end that
 *       authenticates its analysts itself; the audit trail records both the analyst and the key.</li>
 * </ul>
 * <pre>
 * # made with: salt=$(openssl rand -hex 16); printf '%s%s' "$salt" "$KEY" | sha256sum
 * web-ui:read:5f0c…:9a1e…
 * batch-job:write:77aa…:03bd…
 * review-portal:act-for:1c9e…:b41f…
 * </pre>
 * {@code ApiKeys.line("batch-job", Access.WRITE, key)} makes such a line. A name is at most {@value #MAX_NAME}
 * characters; {@code anonymous} (the caller of a server without keys) and {@code kordon} (the service's own work)
 * are reserved. Keys are long random tokens, so one salted SHA-256 (not a slow password hash) is enough, and keeps
 * per-request checking cheap. Comparison is in constant time. Immutable and thread-safe.
 */
public final class ApiKeys {
    /** The longest key name: it is recorded in the audit trail's 200-character principal column. */
    public static final int MAX_NAME = 200;
    /** The role of a write key that may name another analyst in a decision. */
    public static final String ACT_FOR = "act-for";
    /** The principal of every caller of a server without keys. */
    public static final String ANONYMOUS = "anonymous";
    /** Names a key may not have: {@link #ANONYMOUS}, and {@code kordon}, the actor of the service's own work. */
    static final Set<String> RESERVED = Set.of(ANONYMOUS, "kordon");

    /**
     * One configured key: its name (the principal in the audit trail), role, whether it may name another analyst
     * in a decision, and salted hash.
     */
    record Key(String name, Access role, boolean actFor, String salt, byte[] hash) {
    }

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /** No keys: every endpoint is open (for a server bound to localhost). */
    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    public static ApiKeys load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses key lines.
     *
     * @throws IllegalArgumentException naming the source and line of a malformed line
     */
    public static ApiKeys parse(String text, String sourceName) {
        List<Key> keys = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\\R", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(":", -1);
            if (p.length != 4 || p[0].isBlank() || p[2].isBlank()) {
                throw new IllegalArgumentException(sourceName + " line " + n + ": expected name:role:salt:sha256hex");
            }
            String name = p[0].strip();
            if (name.length() > MAX_NAME) {
                throw new IllegalArgumentException(sourceName + " line " + n + ", field name: at most " + MAX_NAME + " characters");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(sourceName + " line " + n + ", field name: '" + name
                        + "' is reserved (the audit trail's name for " + (name.equalsIgnoreCase(ANONYMOUS) ? "callers of a server without keys"
                        : "the service's own work") + "); choose another");
            }
            String roleText = p[1].strip().toLowerCase(Locale.ROOT);
            Access role = switch (roleText) {
                case "read" -> Access.READ;
                case "write", ACT_FOR -> Access.WRITE;
                default -> throw new IllegalArgumentException(sourceName + " line " + n + ", field role: must be read, write or "
                        + ACT_FOR + ", got '" + p[1] + "'");
            };
            byte[] hash;
            try {
                hash = HexFormat.of().parseHex(p[3].strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + " line " + n + ", field sha256hex: not hexadecimal");
            }
            if (hash.length != 32) {
                throw new IllegalArgumentException(sourceName + " line " + n + ", field sha256hex: must be 64 hex digits");
            }
            keys.add(new Key(name, role, roleText.equals(ACT_FOR), p[2].strip(), hash));
        }
        return new ApiKeys(keys);
    }

    /** A configuration line for {@code key} with a fresh random salt. */
    public static String line(String name, Access role, String key) {
        return line(name, role, false, key);
    }

    /**
     * A configuration line for {@code key} with a fresh random salt; {@code actFor} gives a write key the role
     * {@code act-for}.
     *
     * @throws IllegalArgumentException when {@code actFor} is asked of a key that is not a write key
     */
    public static String line(String name, Access role, boolean actFor, String key) {
        if (actFor && role != Access.WRITE) {
            throw new IllegalArgumentException(ACT_FOR + " is a kind of write key, not of " + role);
        }
        byte[] s = new byte[16];
        new SecureRandom().nextBytes(s);
        String salt = HexFormat.of().formatHex(s);
        return name + ":" + (actFor ? ACT_FOR : role.name().toLowerCase(Locale.ROOT)) + ":" + salt + ":" + HexFormat.of().formatHex(hash(salt, key));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    public int size() {
        return keys.size();
    }

    /** The key's name and role when {@code presented} is a configured key. */
    Optional<Key> check(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return Optional.empty();
        }
        Key found = null;
        for (Key k : keys) {
            if (MessageDigest.isEqual(k.hash(), hash(k.salt(), presented)) && found == null) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] hash(String salt, String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((salt + key).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
