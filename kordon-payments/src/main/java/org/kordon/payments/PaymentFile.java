package org.kordon.payments;

import java.util.List;
import java.util.Objects;

/**
 * What one file gave: the messages read and those that could not be read. A file of several MT messages may give
 * both; an XML file that is not well-formed gives one failure and no message.
 *
 * @param file       the file name
 * @param messages   the messages read, in file order
 * @param unreadable the messages (or the whole file) that could not be read, each naming file, line and reason
 */
public record PaymentFile(String file, List<PaymentMessage> messages, List<PaymentFormatException> unreadable) {
    public PaymentFile {
        Objects.requireNonNull(file, "file");
        messages = List.copyOf(messages);
        unreadable = List.copyOf(unreadable);
    }
}
