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

/**
 * The API keys a server accepts, held only as salted SHA-256 hashes.
 *
 * <p>One key per line, {@code name:role:salt:sha256hex}, where role is {@code read} or {@code write} and the
 * hash is SHA-256 of the salt's text followed by the key's text; {@code #} starts a comment:
 * <pre>
 * # made with: salt=$(openssl rand -hex 16); printf '%s%s' "$salt" "$KEY" | sha256sum
 * web-ui:read:5f0c…:9a1e…
 * batch-job:write:77aa…:03bd…
 * </pre>
 * {@code ApiKeys.line("batch-job", Access.WRITE, key)} makes such a line. Keys are long random tokens, so one
 * salted SHA-256 (not a slow password hash) is enough, and keeps per-request checking cheap. Comparison is in
 * constant time. Immutable and thread-safe.
 */
public final class ApiKeys {
    /** One configured key: its name (shown in the audit trail), role and salted hash. */
    record Key(String name, Access role, String salt, byte[] hash) {
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
            Access role = switch (p[1].strip().toLowerCase(Locale.ROOT)) {
                case "read" -> Access.READ;
                case "write" -> Access.WRITE;
                default -> throw new IllegalArgumentException(sourceName + " line " + n + ", field role: must be read or write, got '" + p[1] + "'");
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
            keys.add(new Key(p[0].strip(), role, p[2].strip(), hash));
        }
        return new ApiKeys(keys);
    }

    /** A configuration line for {@code key} with a fresh random salt. */
    public static String line(String name, Access role, String key) {
        byte[] s = new byte[16];
        new SecureRandom().nextBytes(s);
        String salt = HexFormat.of().formatHex(s);
        return name + ":" + role.name().toLowerCase(Locale.ROOT) + ":" + salt + ":" + HexFormat.of().formatHex(hash(salt, key));
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
