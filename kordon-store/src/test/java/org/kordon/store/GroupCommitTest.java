package org.kordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GroupCommitTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sync_manyThreads_eachReturnsOnlyOnceItsCommitWasForced_sharingForces() throws InterruptedException {
        AtomicLong commits = new AtomicLong();
        AtomicLong forced = new AtomicLong();
        AtomicInteger forces = new AtomicInteger();
        GroupCommit group = new GroupCommit(c -> {
            long upTo = commits.get();
            forces.incrementAndGet();
            sleep(1);
            forced.accumulateAndGet(upTo, Math::max);
        });
        ConcurrentLinkedQueue<String> early = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        int perThread = 50;
        for (int t = 0; t < 16; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < perThread; i++) {
                    long mine = commits.incrementAndGet();
                    try {
                        group.sync(null);
                    } catch (SQLException e) {
                        early.add(e.getMessage());
                    }
                    if (forced.get() < mine) {
                        early.add("commit " + mine + " returned when only " + forced.get() + " were forced");
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(early).isEmpty();
        assertThat(forces.get()).as("forces for %d commits", 16 * perThread).isLessThan(16 * perThread);
    }

    @Test
    void sync_forceFails_throwsToItsCaller_nextCallForcesAgain() throws SQLException {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit group = new GroupCommit(c -> {
            if (calls.incrementAndGet() == 1) {
                throw new SQLException("disk full");
            }
        });

        assertThatThrownBy(() -> group.sync(null)).isInstanceOf(SQLException.class).hasMessage("disk full");
        group.sync(null);

        assertThat(calls.get()).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
