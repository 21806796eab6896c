package org.kordon.matching;

import java.util.Arrays;

/**
 * The index's map from {@link PhoneticKeys} keys to the dictionary words filed under them, compact: a key is
 * kept as a 40-bit hash of its text, in an open-addressing table, and the word ids of all keys share one array.
 * Two keys whose hashes collide share their words, which only links a few more words (the similarity then
 * decides, so nothing is lost); a key's own words are never missing. Immutable after construction, thread-safe.
 */
final class KeyTable {
    /*
     * Build: every (key, word) pair is packed into one long, hash in the high 40 bits and word id in the low 24,
     * and the longs are sorted: equal keys become runs, with their word ids sorted. Each run r holds
     * words[runStart[r] .. runStart[r + 1]) and takes one slot of the table, a long packing its hash (high 40
     * bits) with r (low 24), found by linear probing: a lookup reads one long per probe, and most keys a query
     * word makes are not filed at all.
     */
    static final int WORD_BITS = 24;
    static final int MAX_WORDS = 1 << WORD_BITS;
    private static final long LOW = MAX_WORDS - 1;
    private static final long EMPTY = -1L;

    /** One bit per 24-bit hash prefix, set for every filed key: most keys a query makes are not filed, and this
     *  2 MB bitmap (cache-friendly, unlike the slots) answers them at once. */
    private final long[] filed = new long[1 << (FILTER_BITS - 6)];
    private static final int FILTER_BITS = 24;
    private final long[] slots;
    private final int[] runStart;
    private final int[] words;
    private final int mask;

    /** Builds the table from packed pairs (see {@link #pack}); {@code pairs} is sorted in place. */
    KeyTable(long[] pairs, int count) {
        Arrays.sort(pairs, 0, count);
        IntList starts = new IntList(count / 4 + 1);
        IntList ws = new IntList(count);
        long[] hashes = new long[count];
        int runs = 0;
        long prev = 0;
        for (int k = 0; k < count; k++) {
            long pair = pairs[k];
            long h = pair >>> WORD_BITS;
            if (k == 0 || h != prev >>> WORD_BITS) {
                starts.add(ws.size());
                hashes[runs++] = h;
                ws.add((int) (pair & LOW));
            } else if (pair != prev) {
                ws.add((int) (pair & LOW));
            }
            prev = pair;
        }
        if (runs > MAX_WORDS) {
            throw new IllegalStateException("the name index holds at most " + MAX_WORDS + " distinct keys; " + runs);
        }
        starts.add(ws.size());
        runStart = starts.toArray();
        words = ws.toArray();
        int cap = Integer.highestOneBit(Math.max(2, runs + runs / 2) - 1) << 1; // load factor 1/3 to 2/3
        mask = cap - 1;
        slots = new long[cap];
        Arrays.fill(slots, EMPTY);
        for (int r = 0; r < runs; r++) {
            slots[slot(hashes[r])] = hashes[r] << WORD_BITS | r;
            int f = (int) (hashes[r] & ((1 << FILTER_BITS) - 1));
            filed[f >>> 6] |= 1L << f;
        }
    }

    /** One (key, word) pair for the constructor, the key given by its {@link #hash}. */
    static long pack(long keyHash, int word) {
        if (word < 0 || word >= MAX_WORDS) {
            throw new IllegalStateException("the name index holds at most " + MAX_WORDS + " distinct words; word " + word);
        }
        return keyHash << WORD_BITS | word;
    }

    /** As {@link #pack(long, int)} for a key's text. */
    static long pack(String key, int word) {
        return pack(hash(key), word);
    }

    /** A 40-bit hash of the key's text (FNV-1a, then MurmurHash3's finaliser). */
    static long hash(String key) {
        return hash(key.toCharArray(), key.length());
    }

    /** The hash of the key {@code key[0 .. length)}, equal to that of the same text as a string. */
    static long hash(char[] key, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= key[i];
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h >>> WORD_BITS;
    }

    /** The slot holding hash {@code h}, or the empty slot where it would go. */
    private int slot(long h) {
        int s = (int) (h ^ h >>> 32) & mask;
        while (slots[s] != EMPTY && slots[s] >>> WORD_BITS != h) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Adds to {@code out} the ids of the words filed under {@code key} (and under any key of the same hash). */
    void addWords(String key, IntList out) {
        addWords(hash(key), out);
    }

    /** As {@link #addWords(String, IntList)} for a key's {@link #hash}. */
    void addWords(long keyHash, IntList out) {
        int f = (int) (keyHash & ((1 << FILTER_BITS) - 1));
        if ((filed[f >>> 6] & 1L << f) == 0) {
            return;
        }
        long slot = slots[slot(keyHash)];
        if (slot == EMPTY) {
            return;
        }
        int r = (int) (slot & LOW);
        for (int k = runStart[r]; k < runStart[r + 1]; k++) {
            out.add(words[k]);
        }
    }

    /** The number of distinct keys (hashes) filed. */
    int keyCount() {
        return runStart.length - 1;
    }
}
