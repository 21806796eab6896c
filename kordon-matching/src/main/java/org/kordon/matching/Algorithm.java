package org.kordon.matching;

/** Which scoring a {@link Screener} uses. */
public enum Algorithm {
    /** Kordon's own: transliteration, romanisation folding, IDF-weighted word alignment, secondary data. */
    KORDON,
    /**
     * Parity with OFAC's Sanctions List Search as OFAC describes it (FAQ 249): the higher of Jaro-Winkler
     * over the whole name and a composite of Jaro-Winkler and Soundex word by word. Name only.
     */
    OFAC
}
