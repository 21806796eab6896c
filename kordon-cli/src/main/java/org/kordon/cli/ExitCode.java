package org.kordon.cli;

/** The exit codes of every kordon command. */
final class ExitCode {
    /** Done. */
    static final int OK = 0;
    /** Bad command-line usage (picocli's own code). */
    static final int USAGE = 2;
    /** An input file (list, CSV) is malformed or exceeds a size limit; stderr names the file, line and field. */
    static final int BAD_INPUT = 3;
    /** A file or URL could not be read or written. */
    static final int IO_ERROR = 4;
    /** What was asked for does not exist (e.g. an entity id). */
    static final int NOT_FOUND = 5;
    /**
     * The lists are not trustworthy: a source is empty, lost more than the allowed share of its entities, or failed
     * its end-marker/checksum check (or is not the current version of a data directory); nothing was screened or
     * replaced.
     */
    static final int UNTRUSTED_LISTS = 6;
    /** The Java heap ran out; stderr says how to give it more. */
    static final int OUT_OF_MEMORY = 7;

    private ExitCode() {
    }
}
