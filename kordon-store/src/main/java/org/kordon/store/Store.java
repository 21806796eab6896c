package org.kordon.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.kordon.model.PartialDate;
import org.kordon.model.Schema;

/**
 * The review workflow's database: list versions, subjects, alerts, decisions and the audit log, through plain
 * JDBC on a HikariCP pool, its schema kept by Flyway.
 *
 * <pre>{@code
 * try (Store store = Store.open(Store.defaultUrl())) {       // H2 file ~/.kordon/db/kordon.mv.db
 *     store.versions();                                      // [] on a new database
 * }
 * Store.open("jdbc:postgresql://db:5432/kordon?user=kordon&password=...");
 * }</pre>
 *
 * <p>The same migration SQL runs on H2 and PostgreSQL ({@code db/migration/common}); only the append-only guard
 * differs per vendor ({@code db/migration/h2}, {@code db/migration/postgresql}). Decisions, audit entries, list
 * versions and analysts' resolution judgements are only ever inserted, and the database refuses an UPDATE or DELETE
 * of them (and a TRUNCATE). Every state change and its audit entry are written in one transaction. The audit entries form a hash
 * chain ({@link AuditChain}) that {@link #verifyAudit()} checks. Thread-safe: each call takes its own pooled
 * connection.
 *
 * <p>Durable: a write method returns only once its transaction is on the device ({@link Durability#SYNCED}). On
 * PostgreSQL that is the server's commit (with its default {@code synchronous_commit = on}); on an H2 file Kordon
 * opens the database with {@code WRITE_DELAY=0} (each commit written to the file before it returns, instead of H2's
 * default of a background write every ~0.5 s, which a killed process loses) and forces the file to the device after
 * each commit, one fsync for the commits that wait together, or once at the end of a workflow call that makes many
 * ({@code syncOnce}). An H2 URL that sets another {@code WRITE_DELAY} is refused. Rules that must hold across
 * servers sharing one database are enforced by the database: a decision moves its alert only from the state it was
 * read in (a conditional UPDATE), and a subject, listed entity and kind have at most one pending alert (a unique
 * index).
 *
 * <p>The store knows no engine: what to record (which alerts to raise, close or suppress, which list version to
 * record) is decided by kordon-review's {@code Workflow}, the one caller of the write methods ({@link #insertVersion},
 * {@link #saveSubject}, {@link #insertAlert}, {@link #insertDecision}, {@link #closeAlerts}, {@link #closeAlert},
 * {@link #auditSuppressed}, {@link #insertJudgement}, {@link #syncOnce}); servers and commands read through the queries.
 */
public final class Store implements AutoCloseable {
    /*
     * Plain JDBC rather than JDBI: about twenty statements, all visible in this one class; no mapper, no extra
     * dependency in the tree. Timestamps are UTC, truncated to microseconds (PostgreSQL's precision), so a value
     * read back equals the value written on both databases.
     */
    /** The longest alert explanation kept, in chars (the column's size); longer ones are cut. */
    public static final int MAX_EXPLANATION = 4000;

    private final HikariDataSource pool;
    private final String vendor;
    /** Forces each commit to the device (H2 files with {@link Durability#SYNCED}); null when the database does it. */
    private final GroupCommit groupCommit;

    /**
     * What a write acknowledged by the store survives. The embedded H2 database honours each; PostgreSQL's durability
     * is the server's ({@code synchronous_commit}), and only {@link #SYNCED} is accepted for it.
     */
    public enum Durability {
        /**
         * The default: each commit is written and forced to the device (fsync) before the write returns; survives a
         * killed process, an operating-system crash and a power loss.
         */
        SYNCED,
        /**
         * Each commit is written to the file before the write returns, not forced: survives a killed process, not
         * an operating-system crash or a power loss. Only to measure what the fsync costs.
         */
        WRITTEN,
        /**
         * H2's own default, Kordon's before issue 17: commits reach the file from a background thread about every
         * 0.5 s, and a killed process loses the last of them. Only to measure what durability costs.
         */
        DELAYED
    }

    private Store(HikariDataSource pool, String vendor, GroupCommit groupCommit) {
        this.pool = pool;
        this.vendor = vendor;
        this.groupCommit = groupCommit;
    }

    /** The embedded default: an H2 database in the file {@code ~/.kordon/db/kordon.mv.db}. */
    public static String defaultUrl() {
        return h2Url(Path.of(System.getProperty("user.home"), ".kordon", "db", "kordon"));
    }

    /** An H2 file database at {@code file} (H2 adds {@code .mv.db}). */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Opens the database at {@code jdbcUrl} ({@code jdbc:h2:...} or {@code jdbc:postgresql://...}, credentials in
     * the URL) and brings its schema up to date; every write is on the device when it returns
     * ({@link Durability#SYNCED}).
     *
     * @throws IllegalArgumentException when the URL is of another database, or an H2 URL sets a {@code WRITE_DELAY}
     * @throws StoreException           when the database cannot be reached or migrated, or cannot make its writes
     *                                  durable (an H2 user must be an admin to set WRITE_DELAY and run CHECKPOINT SYNC)
     */
    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, Durability.SYNCED);
    }

    /**
     * Opens the database as {@link #open(String)} does, with writes as durable as {@code durability} says. Anything but
     * {@link Durability#SYNCED} is for benchmarks that measure what durability costs.
     *
     * @throws IllegalArgumentException as {@link #open(String)}, or when {@code durability} is not {@code SYNCED} for
     *                                  PostgreSQL
     */
    public static Store open(String jdbcUrl, Durability durability) {
        String vendor = vendorOf(jdbcUrl);
        String url = switch (vendor) {
            case "h2" -> h2WithWriteDelay(jdbcUrl, durability);
            default -> {
                if (durability != Durability.SYNCED) {
                    throw new IllegalArgumentException("PostgreSQL's durability is the server's synchronous_commit setting; "
                            + "Kordon only asks for " + Durability.SYNCED + ", got " + durability);
                }
                yield jdbcUrl;
            }
        };
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
        cfg.setMaximumPoolSize(8);
        cfg.setPoolName("kordon-store");
        cfg.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(ds)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    .javaMigrations(new AuditChainMigration())
                    .load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot migrate " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        GroupCommit groupCommit = null;
        if (vendor.equals("h2")) {
            try {
                groupCommit = h2Durability(ds, durability) ? new GroupCommit(GroupCommit.H2) : null;
            } catch (SQLException | RuntimeException e) {
                ds.close();
                throw new StoreException("cannot make writes to " + redact(jdbcUrl) + " durable: " + rootMessage(e), e);
            }
        }
        return new Store(ds, vendor, groupCommit);
    }

    /**
     * {@code url} with the {@code WRITE_DELAY} that {@code durability} needs: 0 (each commit written before it returns)
     * unless {@link Durability#DELAYED}, which keeps H2's default.
     *
     * @throws IllegalArgumentException when the URL sets a write delay itself (other than 0), or one that is not a
     *                                  number
     */
    static String h2WithWriteDelay(String url, Durability durability) {
        String asked = h2Setting(url, "WRITE_DELAY");
        if (asked != null) {
            int millis;
            try {
                millis = Integer.parseInt(asked.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("database URL: WRITE_DELAY must be a whole number of milliseconds, got '" + asked + "'");
            }
            if (durability == Durability.DELAYED) {
                throw new IllegalArgumentException("database URL sets WRITE_DELAY=" + asked.strip() + ", but " + Durability.DELAYED
                        + " keeps H2's default write delay: remove the setting");
            }
            if (millis != 0) {
                throw new IllegalArgumentException("database URL sets WRITE_DELAY=" + asked.strip() + ": Kordon writes every commit "
                        + "before it answers (WRITE_DELAY=0), so that an acknowledged decision survives a crash; remove the setting");
            }
            return url;
        }
        return durability == Durability.DELAYED ? url : url + ";WRITE_DELAY=0";
    }

    /** The value of an H2 URL setting ({@code ;NAME=value}, name in any case), or null when the URL does not set it. */
    static String h2Setting(String url, String name) {
        String[] parts = url.split(";");
        String value = null;
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).strip().equalsIgnoreCase(name)) {
                value = parts[i].substring(eq + 1);
            }
        }
        return value;
    }

    /**
     * Checks that the open H2 database writes as {@code durability} asks; true when each commit must then be forced
     * to the device by the store (a database in a file, {@link Durability#SYNCED}). An in-memory database keeps
     * nothing anyway: nothing to check.
     */
    private static boolean h2Durability(HikariDataSource ds, Durability durability) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            String path;
            try (ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
                rs.next();
                path = rs.getString(1);
            }
            if (path == null || durability == Durability.DELAYED) {
                return false;
            }
            try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                String delay = rs.next() ? rs.getString(1) : null;
                if (!"0".equals(delay)) {
                    throw new SQLException("the database writes commits with a delay of " + delay + " ms (WRITE_DELAY), not at once");
                }
            }
            if (durability == Durability.SYNCED) {
                GroupCommit.H2.force(c);
                return true;
            }
            return false;
        }
    }

    static String vendorOf(String url) {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new IllegalArgumentException("database URL must start with jdbc:h2: or jdbc:postgresql:, got '" + redact(url) + "'");
    }

    /** The URL without its password, fit for messages and logs. */
    public static String redact(String url) {
        return url == null ? "null" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    /** {@code h2} or {@code postgresql}. */
    public String vendor() {
        return vendor;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The store's clock: now in UTC, to the microsecond (what both databases keep). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // ---------------------------------------------------------------- list versions

    public List<ListVersion> versions() {
        return query("SELECT * FROM list_version ORDER BY id", ps -> { }, Store::version);
    }

    public Optional<ListVersion> latestVersion() {
        List<ListVersion> v = query("SELECT * FROM list_version ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", ps -> { }, Store::version);
        return v.stream().findFirst();
    }

    public Optional<ListVersion> version(long id) {
        return query("SELECT * FROM list_version WHERE id = ?", ps -> ps.setLong(1, id), Store::version).stream().findFirst();
    }

    /** The content hash of every entity of a version, by entity id. */
    public Map<String, String> entityHashes(long versionId) {
        Map<String, String> m = new HashMap<>();
        query("SELECT entity_id, content_hash FROM listed_entity WHERE version_id = ?", ps -> ps.setLong(1, versionId),
                rs -> m.put(rs.getString(1), rs.getString(2)));
        return m;
    }

    /** What a version added, changed and removed, in that order, then what it did to resolved entities. */
    public List<ListChange> changes(long versionId) {
        return query("SELECT * FROM list_change WHERE version_id = ? ORDER BY CASE kind WHEN 'added' THEN 0 WHEN 'changed' THEN 1 "
                + "WHEN 'removed' THEN 2 ELSE 3 END, entity_id",
                ps -> ps.setLong(1, versionId),
                rs -> new ListChange(rs.getLong("version_id"), rs.getString("entity_id"), rs.getString("kind"),
                        rs.getString("caption"), rs.getString("detail")));
    }

    /** One listed entity of the version as recorded: {id, content hash, caption}. */
    public record Listed(String id, String hash, String caption, String resolvedId) {
        /** A listing whose resolved entity is not recorded. */
        public Listed(String id, String hash, String caption) {
            this(id, hash, caption, null);
        }
    }

    /** The resolved entity id of each listing of a version; empty for a version recorded without them. */
    public Map<String, String> resolvedIds(long versionId) {
        Map<String, String> m = new HashMap<>();
        query("SELECT entity_id, resolved_id FROM listed_entity WHERE version_id = ? AND resolved_id IS NOT NULL",
                ps -> ps.setLong(1, versionId), rs -> m.put(rs.getString(1), rs.getString(2)));
        return m;
    }

    /** Records a new version with its entities and changes, and audits it, in one transaction. */
    public ListVersion insertVersion(String source, String checksum, String published, List<Listed> entities,
                              List<ListChange> changes, int added, int changed, int removed, String actor) {
        return tx("record list version", c -> {
            OffsetDateTime at = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_version (source, checksum, published, loaded_at, "
                    + "entity_count, added_count, changed_count, removed_count) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, cut(source, 2000));
                ps.setString(2, checksum);
                ps.setString(3, published == null ? null : cut(published, 200));
                ps.setObject(4, at);
                ps.setInt(5, entities.size());
                ps.setInt(6, added);
                ps.setInt(7, changed);
                ps.setInt(8, removed);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO listed_entity (version_id, entity_id, content_hash, caption, resolved_id) VALUES (?,?,?,?,?)")) {
                int n = 0;
                for (Listed e : entities) {
                    ps.setLong(1, id);
                    ps.setString(2, cut(e.id(), 300));
                    ps.setString(3, e.hash());
                    ps.setString(4, cut(e.caption(), 1000));
                    ps.setString(5, e.resolvedId() == null ? null : cut(e.resolvedId(), 300));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO list_change (version_id, entity_id, kind, caption, detail) VALUES (?,?,?,?,?)")) {
                for (ListChange ch : changes) {
                    ps.setLong(1, id);
                    ps.setString(2, cut(ch.entityId(), 300));
                    ps.setString(3, ch.kind());
                    ps.setString(4, cut(ch.caption(), 1000));
                    ps.setString(5, cut(ch.detail(), 8000));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit(c, at, actor, "LIST_LOADED", null, null, null, id, String.format(Locale.ROOT,
                    "%s: %d entities, %d added, %d changed, %d removed (sha256 %s)", source, entities.size(), added, changed, removed, checksum));
            return new ListVersion(id, source, checksum, published, at, entities.size(), added, changed, removed);
        });
    }

    private static ListVersion version(ResultSet rs) throws SQLException {
        return new ListVersion(rs.getLong("id"), rs.getString("source"), rs.getString("checksum"), rs.getString("published"),
                rs.getObject("loaded_at", OffsetDateTime.class), rs.getInt("entity_count"), rs.getInt("added_count"),
                rs.getInt("changed_count"), rs.getInt("removed_count"));
    }

    // ---------------------------------------------------------------- subjects

    public Optional<Subject> subject(String id) {
        return query("SELECT * FROM subject WHERE id = ?", ps -> ps.setString(1, id), Store::subject).stream().findFirst();
    }

    /** Subjects by id, active and deleted, one page. */
    public List<Subject> subjects(int limit, int offset) {
        return query("SELECT * FROM subject ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                ps -> { ps.setInt(1, offset); ps.setInt(2, limit); }, Store::subject);
    }

    public int countSubjects() {
        return query("SELECT COUNT(*) FROM subject WHERE active", ps -> { }, rs -> rs.getInt(1)).get(0);
    }

    /**
     * The content hash of every active subject, by id; only of those saved at or after {@code since} unless it is null.
     */
    public Map<String, String> activeSubjectHashes(OffsetDateTime since) {
        Map<String, String> m = new HashMap<>();
        query("SELECT id, content_hash FROM subject WHERE active" + (since == null ? "" : " AND updated_at >= ?"), ps -> {
            if (since != null) {
                ps.setObject(1, since);
            }
        }, rs -> m.put(rs.getString(1), rs.getString(2)));
        return m;
    }

    /** Every active subject: the population re-screened on a list change. */
    public List<Subject> activeSubjects() {
        return query("SELECT * FROM subject WHERE active ORDER BY id", ps -> { }, Store::subject);
    }

    /**
     * Inserts or replaces a subject, auditing the change; nothing is written when the content is the same.
     *
     * @return true when something changed
     */
    public boolean saveSubject(Subject s, String hash, String actor) {
        try {
            return saveSubjectOnce(s, hash, actor);
        } catch (StoreException e) {
            if (duplicateKey(e)) {
                // created meanwhile by another server on the same database: now it is an update (or nothing)
                return saveSubjectOnce(s, hash, actor);
            }
            throw e;
        }
    }

    private boolean saveSubjectOnce(Subject s, String hash, String actor) {
        return tx("save subject " + s.id(), c -> {
            String oldHash = null;
            Boolean oldActive = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, active FROM subject WHERE id = ?")) {
                ps.setString(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        oldHash = rs.getString(1);
                        oldActive = rs.getBoolean(2);
                    }
                }
            }
            if (hash.equals(oldHash) && Boolean.valueOf(s.active()).equals(oldActive)) {
                return false;
            }
            OffsetDateTime at = now();
            String sql = oldHash == null
                    ? "INSERT INTO subject (name, schema_name, birth_date, country, identifiers, content_hash, active, created_at, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?,?)"
                    : "UPDATE subject SET name = ?, schema_name = ?, birth_date = ?, country = ?, identifiers = ?, content_hash = ?, active = ?, updated_at = ? WHERE id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.name());
                ps.setString(2, s.schema() == null ? null : s.schema().ftmName());
                ps.setString(3, s.birthDate() == null ? null : s.birthDate().toString());
                ps.setString(4, s.country());
                ps.setString(5, cut(String.join("\n", s.identifiers()), 2000));
                ps.setString(6, hash);
                ps.setBoolean(7, s.active());
                ps.setObject(8, at);
                if (oldHash == null) {
                    ps.setObject(9, at);
                    ps.setString(10, s.id());
                } else {
                    ps.setString(9, s.id());
                }
                ps.executeUpdate();
            }
            String action = oldHash == null ? "SUBJECT_CREATED" : !s.active() ? "SUBJECT_DELETED" : "SUBJECT_UPDATED";
            audit(c, at, actor, action, s.id(), null, null, null, describe(s));
            return true;
        });
    }

    static String describe(Subject s) {
        StringBuilder b = new StringBuilder("name '").append(s.name()).append('\'');
        if (s.schema() != null) {
            b.append(", schema ").append(s.schema().ftmName());
        }
        if (s.birthDate() != null) {
            b.append(", born ").append(s.birthDate());
        }
        if (s.country() != null) {
            b.append(", country ").append(s.country());
        }
        if (!s.identifiers().isEmpty()) {
            b.append(", ids ").append(String.join(" ", s.identifiers()));
        }
        return b.toString();
    }

    private static Subject subject(ResultSet rs) throws SQLException {
        String schema = rs.getString("schema_name");
        String birth = rs.getString("birth_date");
        String ids = rs.getString("identifiers");
        return new Subject(rs.getString("id"), rs.getString("name"), schema == null ? null : Schema.parse(schema),
                birth == null ? null : PartialDate.parse(birth), rs.getString("country"),
                ids == null || ids.isEmpty() ? List.of() : List.of(ids.split("\n")), rs.getBoolean("active"));
    }

    // ---------------------------------------------------------------- alerts and decisions

    public Optional<Alert> alert(long id) {
        return query("SELECT * FROM alert WHERE id = ?", ps -> ps.setLong(1, id), Store::alert).stream().findFirst();
    }

    /** The newest alert of this kind ({@link Alert#NAME}, {@link Alert#OWNERSHIP}) on this subject and entity, whatever its state. */
    public Optional<Alert> latestAlert(String subjectId, String entityId, String kind) {
        return query("SELECT * FROM alert WHERE subject_id = ? AND entity_id = ? AND kind = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                ps -> { ps.setString(1, subjectId); ps.setString(2, entityId); ps.setString(3, kind); }, Store::alert).stream().findFirst();
    }

    /**
     * Newest name and ownership alerts per subject, entity and kind for one subject: the subject's current alerts.
     * Payment alerts are the payments' ({@link #payments}).
     */
    public List<Alert> latestAlerts(String subjectId) {
        return query("SELECT * FROM alert a WHERE subject_id = ? AND kind <> 'payment' AND id = (SELECT MAX(id) FROM alert b WHERE b.subject_id = a.subject_id AND b.entity_id = a.entity_id AND b.kind = a.kind) ORDER BY score DESC, id",
                ps -> ps.setString(1, subjectId), Store::alert);
    }

    /**
     * The newest alert of this kind of the subject on any of these entity ids, whatever its state: where a resolved
     * entity's alerts stood before its id changed (its listings' own ids, its listings' former entity ids).
     */
    public Optional<Alert> latestAlertOnAny(String subjectId, Collection<String> entityIds, String kind) {
        if (entityIds.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = List.copyOf(entityIds);
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return query("SELECT * FROM alert WHERE subject_id = ? AND kind = ? AND entity_id IN (" + marks + ") ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                ps -> {
                    ps.setString(1, subjectId);
                    ps.setString(2, kind);
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setString(3 + i, ids.get(i));
                    }
                }, Store::alert).stream().findFirst();
    }

    /** Every pending (open or escalated) alert of this kind, oldest first. */
    public List<Alert> pendingAlerts(String kind) {
        return query("SELECT * FROM alert WHERE kind = ? AND status IN ('OPEN','ESCALATED') ORDER BY id", ps -> ps.setString(1, kind), Store::alert);
    }

    /**
     * Which listings each alert of this kind was raised on, newest first: {@code (alert id, subject, entity id,
     * listings)}, without the rest of the alert.
     */
    public List<AlertedListings> alertedListings(String kind) {
        return query("SELECT id, subject_id, entity_id, listing_id, listing_ids FROM alert WHERE kind = ? ORDER BY id DESC",
                ps -> ps.setString(1, kind),
                rs -> new AlertedListings(rs.getLong("id"), rs.getString("subject_id"), rs.getString("entity_id"), alertedListings(rs)));
    }

    /** The listings an alert was raised on (see {@link #alertedListings}). */
    public record AlertedListings(long alertId, String subjectId, String entityId, List<String> listings) {
        public AlertedListings {
            listings = List.copyOf(listings);
        }
    }

    public List<Alert> alerts(AlertQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        args.add(q.offset());
        args.add(q.limit());
        return query("SELECT * FROM alert" + where + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ps -> bind(ps, args), Store::alert);
    }

    public int countAlerts(AlertQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        return query("SELECT COUNT(*) FROM alert" + where, ps -> bind(ps, args), rs -> rs.getInt(1)).get(0);
    }

    private static String where(AlertQuery q, List<Object> args) {
        List<String> w = new ArrayList<>();
        if (q.status() != null) {
            w.add("status = ?");
            args.add(q.status().name());
        }
        if (q.subjectId() != null) {
            w.add("subject_id = ?");
            args.add(q.subjectId());
        }
        if (q.entityId() != null) {
            // the alert's entity, or a listing it was raised on: a listing id finds the alerts on its resolved entity
            w.add("(entity_id = ? OR (? || listing_ids || ?) LIKE ? ESCAPE '!')");
            args.add(q.entityId());
            args.add("\n");
            args.add("\n");
            args.add("%\n" + q.entityId().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\n%");
        }
        if (q.kind() != null) {
            w.add("kind = ?");
            args.add(q.kind());
        }
        if (q.minScore() > 0) {
            w.add("score >= ?");
            args.add(q.minScore());
        }
        return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    /**
     * Ids of pending (open or escalated) name and ownership alerts on these entities. Payment alerts are not among them:
     * a payment held against an entity that has since left the list still waits for an analyst's decision.
     */
    public List<Long> pendingAlertsOn(Collection<String> entityIds) {
        return queryIn("SELECT id FROM alert WHERE status IN ('OPEN','ESCALATED') AND kind <> 'payment' AND entity_id IN (" + MARKS + ") ORDER BY id",
                entityIds, rs -> rs.getLong(1));
    }

    /** Stands for the {@code ?, ?, …} of an {@code IN} list in the SQL of {@link #queryIn}. */
    private static final String MARKS = "{marks}";
    /** The most values bound in one {@code IN} list: longer lists are queried in chunks. */
    private static final int IN_CHUNK = 500;

    /**
     * Runs {@code sql}, whose {@link #MARKS} stands for an {@code IN} list, with {@code values} bound, in chunks of
     * {@link #IN_CHUNK}, and gathers the rows (in chunk order).
     */
    private <T> List<T> queryIn(String sql, Collection<String> values, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            out.addAll(query(sql.replace(MARKS, marks), ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
            }, mapper));
        }
        return out;
    }

    /**
     * Raises an alert and audits it, in one transaction; empty when its subject, entity and kind already have a pending
     * alert (raised meanwhile, e.g. by another server on the same database): the database refuses a second one.
     */
    public Optional<Alert> insertAlert(Alert a, String actor) {
        try {
            return Optional.of(insertAlertOnce(a, actor));
        } catch (StoreException e) {
            if (duplicateKey(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Alert insertAlertOnce(Alert a, String actor) {
        return tx("raise alert", c -> {
            OffsetDateTime at = now();
            Alert stored = insertAlertRow(c, a, at);
            audit(c, at, actor, "ALERT_OPENED", a.subjectId(), stored.id(), a.entityId(), a.versionId(),
                    String.format(Locale.ROOT, "%s %.2f: %s", a.kind().equals(Alert.NAME) ? "score" : a.kind(), a.score(), a.explanation()));
            return stored;
        });
    }

    /** Writes an alert's row (not its audit entry) and returns it as stored. */
    private static Alert insertAlertRow(Connection c, Alert a, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (subject_id, entity_id, entity_caption, version_id, score, "
                + "matched_name, explanation, features, entity_hash, subject_hash, status, created_at, kind, listing_id, listing_ids) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, a.subjectId());
            ps.setString(2, cut(a.entityId(), 300));
            ps.setString(3, cut(a.entityCaption(), 1000));
            ps.setLong(4, a.versionId());
            ps.setDouble(5, a.score());
            ps.setString(6, cut(a.matchedName(), 1000));
            ps.setString(7, storedExplanation(a.explanation()));
            ps.setString(8, encode(a.features()));
            ps.setString(9, a.entityHash());
            ps.setString(10, a.subjectHash());
            ps.setString(11, a.status().name());
            ps.setObject(12, at);
            ps.setString(13, a.kind());
            ps.setString(14, a.listingId());
            ps.setString(15, String.join("\n", a.listings()));
            ps.executeUpdate();
            return a.stored(generatedId(ps), a.status(), at);
        }
    }

    /**
     * Records a decision, moves the alert from the state it was read in ({@code alert.status()}) to the decided state
     * and audits both, in one transaction; {@code principal}
     * (the identity the request was authenticated as) is recorded in the audit entry beside the analyst. The move is a conditional UPDATE: when the alert is no longer in that state
     * (another decision, maybe by another server on the same database, or a list load got there first), nothing is
     * written and the answer is empty; read the alert again.
     */
    public Optional<Decision> insertDecision(Alert alert, Outcome outcome, String analyst, String reason, String principal) {
        return tx("decide alert " + alert.id(), c -> {
            if (!moveStatus(c, alert.id(), List.of(alert.status()), AlertStatus.of(outcome))) {
                return Optional.empty();
            }
            OffsetDateTime at = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision (alert_id, outcome, analyst, reason, decided_at) VALUES (?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, alert.id());
                ps.setString(2, outcome.name());
                ps.setString(3, analyst);
                ps.setString(4, reason);
                ps.setObject(5, at);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            audit(c, at, principal, analyst, "ALERT_DECIDED", alert.subjectId(), alert.id(), alert.entityId(), alert.versionId(),
                    alert.status().label() + " -> " + outcome.label() + ": " + reason);
            if (alert.kind().equals(Alert.PAYMENT)) {
                auditPaymentStatus(c, at, principal, analyst, alert, outcome);
            }
            return Optional.of(new Decision(id, alert.id(), outcome, analyst, reason, at));
        });
    }

    /**
     * Closes pending alerts of entities that left the list, auditing each; an alert decided meanwhile (by this or
     * another server) keeps its decision.
     *
     * @return how many were closed
     */
    public int closeAlerts(List<Long> alertIds, long versionId, String actor) {
        if (alertIds.isEmpty()) {
            return 0;
        }
        return tx("close alerts", c -> {
            OffsetDateTime at = now();
            List<Alert> closed = new ArrayList<>(alertIds.size());
            for (long id : alertIds) {
                Alert a = alert(id).orElseThrow();
                if (moveStatus(c, id, PENDING, AlertStatus.CLOSED)) {
                    closed.add(a);
                }
            }
            // the audit entries after every row lock of the transaction: see AuditChain
            for (Alert a : closed) {
                audit(c, at, actor, "ALERT_CLOSED", a.subjectId(), a.id(), a.entityId(), versionId,
                        "entity " + a.entityId() + " removed from the list in version " + versionId);
            }
            return closed.size();
        });
    }

    /**
     * Closes one pending alert whose grounds no longer hold (e.g. an ownership path the stakes no longer give),
     * auditing why; nothing happens when it was decided meanwhile.
     */
    public void closeAlert(Alert a, long versionId, String actor, String why) {
        tx("close alert " + a.id(), c -> {
            if (moveStatus(c, a.id(), PENDING, AlertStatus.CLOSED)) {
                audit(c, now(), actor, "ALERT_CLOSED", a.subjectId(), a.id(), a.entityId(), versionId, why);
            }
            return null;
        });
    }

    /** Notes that a false-positive decision kept an alert from being raised again. */
    public void auditSuppressed(Alert falsePositive, String actor) {
        tx("audit", c -> {
            audit(c, now(), actor, "ALERT_SUPPRESSED", falsePositive.subjectId(), falsePositive.id(), falsePositive.entityId(),
                    falsePositive.versionId(), "same subject and entity content as the false positive decided on alert " + falsePositive.id());
            return null;
        });
    }

    public List<Decision> decisions(long alertId) {
        return query("SELECT * FROM decision WHERE alert_id = ? ORDER BY id", ps -> ps.setLong(1, alertId),
                rs -> new Decision(rs.getLong("id"), rs.getLong("alert_id"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("analyst"), rs.getString("reason"), rs.getObject("decided_at", OffsetDateTime.class)));
    }

    private static final List<AlertStatus> PENDING = List.of(AlertStatus.OPEN, AlertStatus.ESCALATED);

    /**
     * Moves an alert to {@code to} when it is in one of the states {@code from}: true when it moved. The database
     * decides (the row is locked and the condition checked again once a concurrent transaction on it ends), so two
     * transactions, on any servers, cannot both move the same alert out of the same state.
     */
    private static boolean moveStatus(Connection c, long alertId, List<AlertStatus> from, AlertStatus to) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(from.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET status = ? WHERE id = ? AND status IN (" + marks + ")")) {
            ps.setString(1, to.name());
            ps.setLong(2, alertId);
            for (int i = 0; i < from.size(); i++) {
                ps.setString(3 + i, from.get(i).name());
            }
            return ps.executeUpdate() == 1;
        }
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        String entityId = rs.getString("entity_id");
        String listingId = rs.getString("listing_id");
        return new Alert(rs.getLong("id"), rs.getString("kind"), rs.getString("subject_id"), entityId, rs.getString("entity_caption"),
                rs.getLong("version_id"), rs.getDouble("score"), rs.getString("matched_name"), rs.getString("explanation"),
                decode(rs.getString("features")), rs.getString("entity_hash"), rs.getString("subject_hash"),
                AlertStatus.valueOf(rs.getString("status")), rs.getObject("created_at", OffsetDateTime.class),
                listingId == null ? entityId : listingId, alertedListings(rs));
    }

    /** An alert row's listings: {@code listing_ids}, or for a row written before V6 its one listing. */
    private static List<String> alertedListings(ResultSet rs) throws SQLException {
        String listings = rs.getString("listing_ids");
        if (listings != null && !listings.isEmpty()) {
            return List.of(listings.split("\n"));
        }
        String listingId = rs.getString("listing_id");
        return List.of(listingId == null ? rs.getString("entity_id") : listingId);
    }

    /** Contributions as lines of {@code feature TAB delta TAB detail}. */
    static String encode(List<AlertContribution> features) {
        StringBuilder b = new StringBuilder();
        for (AlertContribution f : features) {
            b.append(clean(f.feature())).append('\t').append(f.delta()).append('\t').append(clean(f.detail())).append('\n');
        }
        return cut(b.toString(), 8000);
    }

    static List<AlertContribution> decode(String s) {
        List<AlertContribution> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            String[] p = line.split("\t", 3);
            if (p.length == 3) {
                out.add(new AlertContribution(p[0], Double.parseDouble(p[1]), p[2]));
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    // ---------------------------------------------------------------- payments

    /**
     * Records a payment transaction that was not released, with its alerts (kind {@link Alert#PAYMENT}, one per party
     * hit; none for a message that could not be read), in one transaction: the payment, its alerts and their links,
     * then the audit entries: {@code PAYMENT_HELD} or {@code PAYMENT_BLOCKED} (detail {@code "payment 7: block
     * pacs.008.001.08 MSG-1 / E2E-1, 2 alert(s), message sha256 ..."}) and one {@code ALERT_OPENED} per alert.
     * Durable when it returns, as a decision is.
     *
     * @param principal who screened it (the API key's name)
     * @return the payment as stored, with its number, time, status and alert ids
     * @throws IllegalArgumentException when an alert is not of kind payment, or not of the payment's subject
     */
    public Payment insertPayment(Payment p, List<Alert> alerts, String principal) {
        for (Alert a : alerts) {
            if (!a.kind().equals(Alert.PAYMENT) || !a.subjectId().equals(p.subjectId())) {
                throw new IllegalArgumentException("alert on " + a.entityId() + " is a " + a.kind() + " alert of subject " + a.subjectId()
                        + ": a payment's alerts are payment alerts of its subject " + p.subjectId());
            }
        }
        return tx("record payment", c -> {
            OffsetDateTime at = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO payment (subject_id, message_id, transaction_id, message_type, verdict, "
                    + "message_hash, reason, version_id, principal, screened_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, p.subjectId());
                ps.setString(2, cut(p.messageId(), 300));
                ps.setString(3, cut(p.transactionId(), 300));
                ps.setString(4, cut(p.type(), 100));
                ps.setString(5, p.verdict());
                ps.setString(6, p.messageHash());
                ps.setString(7, cut(p.reason(), 4000));
                ps.setLong(8, p.versionId());
                ps.setString(9, cut(principal, 200));
                ps.setObject(10, at);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            List<Alert> stored = new ArrayList<>(alerts.size());
            for (Alert a : alerts) {
                stored.add(insertAlertRow(c, a, at));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO payment_alert (payment_id, alert_id) VALUES (?,?)")) {
                for (Alert a : stored) {
                    ps.setLong(1, id);
                    ps.setLong(2, a.id());
                    ps.addBatch();
                }
                if (!stored.isEmpty()) {
                    ps.executeBatch();
                }
            }
            // the audit entries after every other row of the transaction: see AuditChain
            audit(c, at, principal, "PAYMENT_" + (p.verdict().equals(Payment.BLOCK) ? "BLOCKED" : "HELD"), p.subjectId(), null, null,
                    p.versionId(), paymentPrefix(id) + p.verdict() + " " + (p.type().isEmpty() ? "unreadable message" : p.type()) + " "
                            + p.messageId() + (p.transactionId().isEmpty() ? "" : " / " + p.transactionId()) + ", " + stored.size()
                            + " alert(s), message sha256 " + p.messageHash() + (p.reason().isEmpty() ? "" : ": " + p.reason()));
            for (Alert a : stored) {
                audit(c, at, principal, "ALERT_OPENED", a.subjectId(), a.id(), a.entityId(), a.versionId(),
                        String.format(Locale.ROOT, "payment %d %.2f: %s", id, a.score(), a.explanation()));
            }
            return new Payment(id, p.subjectId(), p.messageId(), p.transactionId(), p.type(), p.verdict(), p.messageHash(), p.reason(),
                    p.versionId(), principal, at, PaymentStatus.of(p.verdict(), List.of()), stored.stream().map(Alert::id).toList());
        });
    }

    /** The payment {@code id}, with its status as its alerts' decisions make it now. */
    public Optional<Payment> payment(long id) {
        return payments("id = ?", id).stream().findFirst();
    }

    /** The payments recorded under a subject, oldest first, each with its status and alert ids. */
    public List<Payment> payments(String subjectId) {
        return payments("subject_id = ?", subjectId);
    }

    /** The payment whose alert this is: empty for name and ownership alerts. */
    public Optional<Payment> paymentOfAlert(long alertId) {
        return query("SELECT payment_id FROM payment_alert WHERE alert_id = ?", ps -> ps.setLong(1, alertId), rs -> rs.getLong(1))
                .stream().findFirst().flatMap(this::payment);
    }

    /**
     * The audit trail of a payment, oldest first: its own entries ({@code PAYMENT_HELD}, {@code PAYMENT_BLOCKED},
     * {@code PAYMENT_RELEASED}, {@code PAYMENT_REJECTED}: detail {@code "payment <id>: ..."}) and its alerts'.
     */
    public List<AuditEntry> paymentAudit(Payment p) {
        String like = paymentPrefix(p.id()) + "%";
        return query("SELECT * FROM audit_entry WHERE (subject_id = ? AND action LIKE 'PAYMENT!_%' ESCAPE '!' AND detail LIKE ?)"
                        + " OR alert_id IN (SELECT alert_id FROM payment_alert WHERE payment_id = ?) ORDER BY seq",
                ps -> {
                    ps.setString(1, p.subjectId());
                    ps.setString(2, like);
                    ps.setLong(3, p.id());
                }, Store::auditEntry);
    }

    private List<Payment> payments(String where, Object arg) {
        List<Payment> rows = query("SELECT * FROM payment WHERE " + where + " ORDER BY id", ps -> ps.setObject(1, arg),
                rs -> new Payment(rs.getLong("id"), rs.getString("subject_id"), rs.getString("message_id"), rs.getString("transaction_id"),
                        rs.getString("message_type"), rs.getString("verdict"), rs.getString("message_hash"), rs.getString("reason"),
                        rs.getLong("version_id"), rs.getString("principal"), rs.getObject("screened_at", OffsetDateTime.class),
                        PaymentStatus.HELD, List.of()));
        List<Payment> out = new ArrayList<>(rows.size());
        for (Payment p : rows) {
            List<Map.Entry<Long, AlertStatus>> alerts = query("SELECT l.alert_id, a.status FROM payment_alert l JOIN alert a ON a.id = l.alert_id"
                            + " WHERE l.payment_id = ? ORDER BY l.alert_id", ps -> ps.setLong(1, p.id()),
                    rs -> Map.entry(rs.getLong(1), AlertStatus.valueOf(rs.getString(2))));
            out.add(new Payment(p.id(), p.subjectId(), p.messageId(), p.transactionId(), p.type(), p.verdict(), p.messageHash(), p.reason(),
                    p.versionId(), p.principal(), p.screenedAt(), PaymentStatus.of(p.verdict(), alerts.stream().map(Map.Entry::getValue).toList()),
                    alerts.stream().map(Map.Entry::getKey).toList()));
        }
        return out;
    }

    private static String paymentPrefix(long paymentId) {
        return "payment " + paymentId + ": ";
    }

    /**
     * After the decision on a payment alert is written and audited: audits the payment's change of status, when the
     * decision changed it ({@code PAYMENT_RELEASED} when the last pending alert was a false positive,
     * {@code PAYMENT_REJECTED} at the first true match). Runs after this transaction's first audit entry, so it holds
     * the audit chain's head: a decision on another alert of the same payment (on any server) committed before, or
     * waits till this one commits, and the alert states read here are the ones that stand; the change is audited once.
     */
    private static void auditPaymentStatus(Connection c, OffsetDateTime at, String principal, String analyst, Alert decided,
                                           Outcome outcome) throws SQLException {
        long paymentId;
        String verdict;
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.verdict FROM payment p JOIN payment_alert l ON l.payment_id = p.id WHERE l.alert_id = ?")) {
            ps.setLong(1, decided.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                paymentId = rs.getLong(1);
                verdict = rs.getString(2);
            }
        }
        List<AlertStatus> after = new ArrayList<>();
        List<AlertStatus> before = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.status FROM alert a JOIN payment_alert l ON l.alert_id = a.id WHERE l.payment_id = ?")) {
            ps.setLong(1, paymentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertStatus now = AlertStatus.valueOf(rs.getString(2));
                    after.add(now);
                    before.add(rs.getLong(1) == decided.id() ? decided.status() : now);
                }
            }
        }
        PaymentStatus was = PaymentStatus.of(verdict, before);
        PaymentStatus is = PaymentStatus.of(verdict, after);
        if (was != is) {
            audit(c, at, principal, analyst, "PAYMENT_" + is.name(), decided.subjectId(), null, null, decided.versionId(),
                    paymentPrefix(paymentId) + was.label() + " -> " + is.label() + " by the " + outcome.label() + " decision on alert "
                            + decided.id());
        }
    }

    // ---------------------------------------------------------------- resolution judgements

    /**
     * Records an analyst's judgement on two listings and audits it (action {@code RESOLUTION_JUDGED}, detail
     * {@code "judgement 7: split ofac-sdn:1 / uk:2 by anna: two people"}, the analyst as actor and {@code principal}
     * beside), in one transaction.
     *
     * @param kind {@link ResolutionJudgement#JOIN} or {@link ResolutionJudgement#SPLIT}
     * @throws IllegalArgumentException naming the field when a value is missing, blank or longer than its column, or
     *                                  the two listings are one
     */
    public ResolutionJudgement insertJudgement(String kind, String listingA, String listingB, String analyst, String reason, String principal) {
        if (!ResolutionJudgement.JOIN.equals(kind) && !ResolutionJudgement.SPLIT.equals(kind)) {
            throw new IllegalArgumentException("kind: must be " + ResolutionJudgement.JOIN + " or " + ResolutionJudgement.SPLIT + ", got '" + kind + "'");
        }
        String a = required("a", listingA, 300);
        String b = required("b", listingB, 300);
        if (a.equals(b)) {
            throw new IllegalArgumentException("b: must be another listing than a, got '" + b + "' twice");
        }
        String who = required("analyst", analyst, 200);
        String why = required("reason", reason, 4000);
        String p = required("principal", principal, 200);
        return tx("record judgement", c -> {
            OffsetDateTime at = now();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO resolution_judgement (kind, listing_a, listing_b, analyst, reason,"
                    + " principal, judged_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, a);
                ps.setString(3, b);
                ps.setString(4, who);
                ps.setString(5, why);
                ps.setString(6, p);
                ps.setObject(7, at);
                ps.executeUpdate();
                id = generatedId(ps);
            }
            audit(c, at, p, who, "RESOLUTION_JUDGED", null, null, a, null, "judgement " + id + ": " + kind + " " + a + " / " + b
                    + " by " + who + ": " + why);
            return new ResolutionJudgement(id, kind, a, b, who, why, p, at);
        });
    }

    /** Every judgement recorded, in the order judged. */
    public List<ResolutionJudgement> judgements() {
        return query("SELECT * FROM resolution_judgement ORDER BY id", ps -> { },
                rs -> new ResolutionJudgement(rs.getLong("id"), rs.getString("kind"), rs.getString("listing_a"), rs.getString("listing_b"),
                        rs.getString("analyst"), rs.getString("reason"), rs.getString("principal"), rs.getObject("judged_at", OffsetDateTime.class)));
    }

    /** {@code value} stripped, or refused naming {@code field} when null, blank or longer than {@code max}. */
    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": must be 1 to " + max + " characters");
        }
        return value.strip();
    }

    /**
     * Ids of the active subjects with any alert, of any kind and state, on one of {@code entityIds} (listing or
     * resolved entity ids): whom a change of resolution concerns.
     */
    public List<String> activeSubjectsAlertedOn(Collection<String> entityIds) {
        return List.copyOf(new java.util.TreeSet<>(queryIn("SELECT DISTINCT a.subject_id FROM alert a JOIN subject s ON s.id = a.subject_id"
                + " WHERE s.active AND a.entity_id IN (" + MARKS + ")", entityIds, rs -> rs.getString(1))));
    }

    // ---------------------------------------------------------------- audit

    /**
     * The audit trail, oldest first: of one subject (and its alerts), of one alert, or everything when both are
     * null.
     */
    public List<AuditEntry> audit(String subjectId, Long alertId, int limit, int offset) {
        String where = alertId != null ? " WHERE alert_id = ?" : subjectId != null ? " WHERE subject_id = ?" : "";
        return query("SELECT * FROM audit_entry" + where + " ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ps -> {
            int i = 1;
            if (alertId != null) {
                ps.setLong(i++, alertId);
            } else if (subjectId != null) {
                ps.setString(i++, subjectId);
            }
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
        }, Store::auditEntry);
    }

    private static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class), rs.getString("principal"),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_id"), nullableLong(rs, "alert_id"),
                rs.getString("entity_id"), nullableLong(rs, "version_id"), rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /**
     * Checks the audit trail: the hash chain, its head, and that every alert, decision, subject and list version has
     * its entries (see {@link AuditVerification}). Reads one snapshot; writers are not held up.
     */
    public AuditVerification verifyAudit() {
        return verifyAudit(null);
    }

    /** {@link #verifyAudit()}, also checking that the entry at {@code anchor}'s sequence number has its hash. */
    public AuditVerification verifyAudit(AuditVerification.Anchor anchor) {
        try (Connection c = pool.getConnection()) {
            return AuditVerifier.verify(c, anchor);
        } catch (SQLException e) {
            throw new StoreException("audit verification failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks the audit trail of the database at {@code jdbcUrl} without migrating or writing anything (an H2 file
     * that does not exist is not created): for {@code kordon audit verify}.
     *
     * @throws IllegalArgumentException when the URL is of another database
     * @throws NotFoundException        when there is no such database
     * @throws StoreException           when it cannot be reached or read
     */
    public static AuditVerification verifyAudit(String jdbcUrl, AuditVerification.Anchor anchor) {
        String url = vendorOf(jdbcUrl).equals("h2") && !jdbcUrl.toUpperCase(Locale.ROOT).contains("IFEXISTS=") ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
        Connection c;
        try {
            c = java.sql.DriverManager.getConnection(url);
        } catch (SQLException e) {
            // H2 90146: database not found (IFEXISTS); PostgreSQL 3D000: invalid catalog name
            if (e.getErrorCode() == 90146 || "3D000".equals(e.getSQLState())) {
                throw new NotFoundException("no database at " + redact(jdbcUrl) + ": " + rootMessage(e));
            }
            throw new StoreException("cannot connect to " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try (c) {
            return AuditVerifier.verify(c, anchor);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit trail of " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Audits a write by {@code actor} on its own behalf: the principal is the actor. */
    private static void audit(Connection c, OffsetDateTime at, String actor, String action, String subjectId, Long alertId,
                              String entityId, Long versionId, String detail) throws SQLException {
        audit(c, at, actor, actor, action, subjectId, alertId, entityId, versionId, detail);
    }

    /**
     * Appends one entry to the audit chain: locks the chain head (held until the transaction ends), writes the entry
     * with the next sequence number, its predecessor's hash and its own, and moves the head. Call it after every
     * other row the transaction changes (see {@link AuditChain}).
     */
    private static void audit(Connection c, OffsetDateTime at, String principal, String actor, String action, String subjectId,
                              Long alertId, String entityId, Long versionId, String detail) throws SQLException {
        String p = AuditChain.storable(cut(principal, 200));
        String a = AuditChain.storable(cut(actor, 200));
        String s = AuditChain.storable(subjectId);
        String e = entityId == null ? null : AuditChain.storable(cut(entityId, 300));
        String d = AuditChain.storable(cut(detail, 8000));
        AuditChain.Link head = AuditChain.lockHead(c);
        long seq = head.seq() + 1;
        String hash = AuditChain.hash(seq, at, p, a, action, s, alertId, e, versionId, d, head.hash());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (at, actor, action, subject_id, alert_id, entity_id, version_id, detail,"
                + " seq, principal, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setObject(1, at);
            ps.setString(2, a);
            ps.setString(3, action);
            ps.setString(4, s);
            if (alertId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, alertId);
            }
            ps.setString(6, e);
            if (versionId == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, versionId);
            }
            ps.setString(8, d);
            ps.setLong(9, seq);
            ps.setString(10, p);
            ps.setString(11, head.hash());
            ps.setString(12, hash);
            ps.executeUpdate();
        }
        AuditChain.moveHead(c, new AuditChain.Link(seq, hash));
    }

    /** Runs one statement outside the store's API; for tests of the database guard. */
    int executeUpdate(String sql) {
        return tx("execute", c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** Depth of {@link #syncOnce} calls on this thread: while above 0, commits are forced at the outermost end. */
    private final ThreadLocal<int[]> deferred = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Runs {@code work} with the forcing of its transactions to the device deferred to its end: one fsync for all of
     * them (H2 files; PostgreSQL and in-memory databases need nothing). Only for work whose writes nobody is told of
     * before it returns, such as a list load's re-screening or one screening: its caller answers once it returns, and
     * a crash before then loses nothing that was acknowledged. Commits of other threads are not deferred.
     *
     * @throws StoreException when the final fsync fails (the work's writes may then be committed but not durable)
     */
    public <T> T syncOnce(Supplier<T> work) {
        if (groupCommit == null) {
            return work.get();
        }
        int[] depth = deferred.get();
        depth[0]++;
        T t;
        try {
            t = work.get();
        } finally {
            depth[0]--;
        }
        if (depth[0] == 0) {
            try (Connection c = pool.getConnection()) {
                groupCommit.sync(c);
            } catch (SQLException e) {
                throw new StoreException("force writes to disk failed: " + e.getMessage(), e);
            }
        }
        return t;
    }

    /** Runs {@code work} in one transaction and returns once it is committed and durable (see {@link #syncOnce}). */
    private <T> T tx(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            T t;
            c.setAutoCommit(false);
            try {
                t = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            if (groupCommit != null && deferred.get()[0] == 0) {
                groupCommit.sync(c);
            }
            return t;
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** True when the database refused a row because a unique key already holds its value (SQLSTATE 23505, both databases). */
    private static boolean duplicateKey(StoreException e) {
        return e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }

    /** An alert's explanation as the store keeps it: its first {@link #MAX_EXPLANATION} characters. */
    public static String storedExplanation(String explanation) {
        return cut(explanation, MAX_EXPLANATION);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
    }
}
