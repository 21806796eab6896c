package org.kordon.payments;

/**
 * Every cap on what a payment file may make Kordon read or hold, in one place. Real messages are far below each:
 * a CBPR+ pacs.008 is a few KiB and nests about 12 elements deep, a FIN message holds at most 10,000 characters.
 */
final class Limits {
    /** Bytes of one input file (a batch of many messages included). */
    static final long FILE_BYTES = 64L * 1024 * 1024;
    /** XML elements nested inside each other (ISO 20022 messages reach about 15, with an envelope about 20). */
    static final int XML_DEPTH = 64;
    /** Attributes on one element. */
    static final int XML_ATTRIBUTES = 32;
    /** Bytes the XML parser may read for one event (a text, a tag, a comment). */
    static final int XML_EVENT_BYTES = 1024 * 1024;
    /** Characters of one element's text (ISO 20022 allows at most 140 in a name or remittance line, 350 in a few). */
    static final int XML_TEXT_CHARS = 10_000;
    /** Transactions in one file. */
    static final int TRANSACTIONS = 200_000;
    /** Characters of one MT message (FIN allows 10,000 in block 4; headers and trailers add little). */
    static final int MT_MESSAGE_CHARS = 100_000;

    private Limits() {
    }
}
