package org.kordon.matching;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code capacity} scratch areas, each lent to one screening at a time: the memory screening holds is
 * the pool's, whatever the number of threads that screen.
 *
 * <pre>{@code
 * ScratchPool<Scratch> pool = new ScratchPool<>(ScratchPool.defaultCapacity(), () -> new Scratch(index));
 * Scratch s = pool.take();
 * try { ... } finally { pool.give(s); }
 * }</pre>
 *
 * <p>Areas are made on demand, up to the capacity; a thread that finds none free waits for one to be given back.
 * Thread-safe.
 */
final class ScratchPool<T> {
    /*
     * A scratch area of a screener is sized to its whole index (per name and per entity: about 36 bytes per name at
     * the shared lists' two names per entity), so that a query resets only what it touched. Held per thread
     * (ThreadLocal), as before issue 24, it cost that much per thread that ever screened: a server's 200 Jetty
     * threads or an executor's task threads times the index. Screening is CPU-bound, so more areas than cores
     * add no throughput: the default capacity is the cores the JVM may use.
     */
    private final ArrayBlockingQueue<T> free;
    private final Supplier<T> make;
    private final AtomicInteger made = new AtomicInteger();
    private final int capacity;

    ScratchPool(int capacity, Supplier<T> make) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a scratch pool needs at least one area, got " + capacity);
        }
        this.capacity = capacity;
        this.free = new ArrayBlockingQueue<>(capacity);
        this.make = make;
    }

    /** The cores the JVM may use ({@link Runtime#availableProcessors}, which honours container limits). */
    static int defaultCapacity() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A free area, a new one while fewer than the capacity exist, else the next one given back. */
    T take() {
        T t = free.poll();
        if (t != null) {
            return t;
        }
        for (int n = made.get(); n < capacity; n = made.get()) {
            if (made.compareAndSet(n, n + 1)) {
                try {
                    return make.get();
                } catch (RuntimeException | Error e) { // not made after all (out of memory): the place stays free
                    made.decrementAndGet();
                    throw e;
                }
            }
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a free screening scratch area", e);
        }
    }

    /** Gives back an area {@link #take} lent, cleared by the caller. */
    void give(T t) {
        if (!free.offer(t)) {
            throw new IllegalStateException("more scratch areas given back than the pool's " + capacity);
        }
    }

    /** How many areas exist (for tests and footprints). */
    int made() {
        return made.get();
    }
}
