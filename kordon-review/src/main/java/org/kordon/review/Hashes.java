package org.kordon.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kordon.model.Entity;
import org.kordon.store.Subject;

/**
 * Content hashes: what "the listed entity or the subject changed" means for a false-positive decision.
 * SHA-256 over every field but the entity's source version (which differs in every release of a list).
 */
final class Hashes {
    private Hashes() {
    }

    static String entity(Entity e) {
        String canonical = String.join("\u0001", e.schema().ftmName(), e.names().toString(), e.birthDates().toString(),
                e.birthPlaces().toString(), e.nationalities().toString(), e.countries().toString(), e.addresses().toString(),
                e.identifiers().toString(), String.valueOf(e.vessel()), e.sanctions().toString(), String.valueOf(e.gender()),
                e.positions().toString(), e.remarks().toString());
        return sha256(canonical);
    }

    static String subject(Subject s) {
        String canonical = String.join("\u0001", s.name(), s.schema() == null ? "" : s.schema().ftmName(),
                String.valueOf(s.birthDate()), String.valueOf(s.country()), String.join("\u0002", s.identifiers()));
        return sha256(canonical);
    }

    static String sha256(String s) {
        return HexFormat.of().formatHex(digest().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }
}
