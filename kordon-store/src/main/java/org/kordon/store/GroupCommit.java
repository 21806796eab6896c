package org.kordon.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Forces committed H2 transactions to the device, one fsync for all the commits that wait at the same time.
 *
 * <pre>{@code
 * GroupCommit groupCommit = new GroupCommit(GroupCommit.H2);
 * c.commit();
 * groupCommit.sync(c);   // returns once this commit (and any before it) is on the device
 * }</pre>
 *
 * <p>Thread-safe. A failed sync throws to the thread that ran it; the others waiting try again themselves.
 */
final class GroupCommit {
    /** Forces what the database committed so far to the device, on the given connection. */
    @FunctionalInterface
    interface Force {
        void force(Connection c) throws SQLException;
    }

    /** H2's own: {@code CHECKPOINT SYNC} writes what is pending and forces the file (admin right needed). */
    static final Force H2 = c -> {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    };

    /*
     * H2 (MVStore) writes a commit's chunk to the file before commit() returns when WRITE_DELAY is 0, but never forces
     * it to the device: a killed process loses nothing, a power loss may. CHECKPOINT SYNC forces the file
     * (FileChannel.force). One fsync covers every commit made before it started, so a caller takes a ticket after its
     * commit; if a sync is running, it waits for it and the next; else it runs one for every ticket handed out so
     * far. Under load the waiting commits share one fsync (group commit, as PostgreSQL's WAL flush does).
     */
    private final Force force;
    private long issued;
    private long synced;
    private boolean running;

    GroupCommit(Force force) {
        this.force = force;
    }

    /**
     * Returns once every commit made on any connection before this call is on the device.
     *
     * @param c an open connection of the database, used when this thread runs the sync
     */
    void sync(Connection c) throws SQLException {
        long ticket;
        long upTo;
        synchronized (this) {
            ticket = ++issued;
            while (running && synced < ticket) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for the commit to reach the disk", e);
                }
            }
            if (synced >= ticket) {
                return;
            }
            running = true;
            upTo = issued;
        }
        boolean done = false;
        try {
            force.force(c);
            done = true;
        } finally {
            synchronized (this) {
                running = false;
                if (done) {
                    synced = Math.max(synced, upTo);
                }
                notifyAll();
            }
        }
    }
}
