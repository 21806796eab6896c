package org.kordon.documents;

/**
 * One word of a text with its place: what {@link Words#split} gives the span finder.
 *
 * @param start      offset of its first char in the text
 * @param end        offset after its last char (a possessive ending included)
 * @param surface    the word without a possessive ending: {@code Putin} for {@code Putin's}
 * @param capital    whether it starts with an upper-case or title-case letter
 * @param breakBefore whether punctuation that ends a name (. , ; : ! ? ( ) quotes, a dash, a blank line) stands
 *                   between this word and the one before; hyphens and single line breaks do not
 * @param quoteBefore whether the break before it is only an opening quote ("«Linda»", "'Pegas'")
 * @param possessive whether the text wrote it with a possessive ending ('s, ’s, s')
 */
record Word(int start, int end, String surface, boolean capital, boolean breakBefore, boolean quoteBefore, boolean possessive) {
    int letters() {
        return surface.codePointCount(0, surface.length());
    }
}
