package org.kordon.testkit;

import java.lang.management.ManagementFactory;

/**
 * Measures the bytes the current thread allocates while it runs something: the memory side of "a hostile file
 * fails before memory runs out". A parser runs in the thread that calls it, so what it allocates is counted here
 * whatever the garbage collector frees meanwhile (a stronger bound than the peak heap).
 */
public final class Allocation {
    /** Something to run that may throw. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** What {@link #measure} saw: the bytes allocated and what the body threw (or null). */
    public record Result(long bytes, Throwable thrown) {
    }

    private Allocation() {
    }

    /** Runs {@code body} and returns the bytes the thread allocated meanwhile, with what it threw. */
    public static Result measure(Body body) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = mx.getThreadAllocatedBytes(id);
        Throwable thrown = null;
        try {
            body.run();
        } catch (Throwable t) {
            thrown = t;
        }
        return new Result(mx.getThreadAllocatedBytes(id) - before, thrown);
    }
}
