package org.kordon.payments;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads ISO 20022 payment messages: pacs.008, pacs.009 (and COV), pain.001, pacs.004 and camt.056, any version,
 * with or without a business application header (head.001), one or several {@code <Document>}s per file, in any
 * envelope. One pass of StAX over {@link HardenedXml}.
 *
 * <p>How the parties are found: an element named for a party role ({@code Dbtr}, {@code CdtrAgt},
 * {@code IntrmyAgt2}...; {@link #ROLES}) opens a party, closed with the element; inside it the name ({@code Nm} of the
 * party, its {@code Pty} or its {@code FinInstnId}), BIC ({@code BICFI}, {@code AnyBIC}), LEI, postal address and other
 * identifiers ({@code Othr/Id}) are collected. An account element ({@code DbtrAcct}) gives its IBAN or other id to the
 * party of the same name ({@code Dbtr}) in the same scope. A party named once for many transactions (the group
 * header's, a pain.001 payment information's, the BAH's {@code Fr} and {@code To}) belongs to each of them. Paths are
 * written from the message element: {@code FIToFICstmrCdtTrf/CdtTrfTxInf/Cdtr}. Not thread-safe; one per file.
 */
final class MxReader {
    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:((pacs\\.008|pacs\\.009|pain\\.001|pacs\\.004|camt\\.056)\\.\\d{3}\\.\\d{2})");
    /** Elements that name a party or an agent, and the role each gives. */
    static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("Dbtr", "debtor"), Map.entry("Cdtr", "creditor"),
            Map.entry("UltmtDbtr", "ultimate_debtor"), Map.entry("UltmtCdtr", "ultimate_creditor"),
            Map.entry("InitgPty", "initiating_party"),
            Map.entry("DbtrAgt", "debtor_agent"), Map.entry("CdtrAgt", "creditor_agent"),
            Map.entry("IntrmyAgt1", "intermediary_agent_1"), Map.entry("IntrmyAgt2", "intermediary_agent_2"),
            Map.entry("IntrmyAgt3", "intermediary_agent_3"),
            Map.entry("InstgAgt", "instructing_agent"), Map.entry("InstdAgt", "instructed_agent"),
            Map.entry("PrvsInstgAgt1", "previous_instructing_agent_1"), Map.entry("PrvsInstgAgt2", "previous_instructing_agent_2"),
            Map.entry("PrvsInstgAgt3", "previous_instructing_agent_3"),
            Map.entry("FwdgAgt", "forwarding_agent"),
            Map.entry("InstgRmbrsmntAgt", "instructing_reimbursement_agent"),
            Map.entry("InstdRmbrsmntAgt", "instructed_reimbursement_agent"),
            Map.entry("ThrdRmbrsmntAgt", "third_reimbursement_agent"),
            Map.entry("Assgnr", "assigner"), Map.entry("Assgne", "assignee"), Map.entry("Orgtr", "originator"));
    /** Elements that hold one transaction. */
    private static final List<String> TRANSACTIONS = List.of("CdtTrfTxInf", "TxInf");
    /** Transaction ids, in the order of preference. */
    private static final List<String> TX_IDS = List.of("TxId", "EndToEndId", "UETR", "RtrId", "CxlId", "OrgnlTxId",
            "OrgnlEndToEndId", "OrgnlUETR", "InstrId");
    private static final List<String> FREE_TEXT = List.of("Ustrd", "AddtlRmtInf", "InstrInf", "AddtlInf");
    private static final List<String> BIC_ELEMENTS = List.of("BICFI", "AnyBIC", "BIC", "BICOrBEI");
    private static final List<String> NAME_PARENTS = List.of("Pty", "FinInstnId");
    private static final List<String> ADDRESS_LINES = List.of("AdrLine", "StrtNm", "BldgNb", "BldgNm", "PstCd",
            "TwnLctnNm", "DstrctNm", "Dept", "SubDept", "Flr", "PstBx", "Room");

    private final String file;
    private final XMLStreamReader xml;
    private final List<String> path = new ArrayList<>();
    private final List<PaymentMessage> messages = new ArrayList<>();
    private int transactions;

    // the BAH met before the next Document, its parties and id
    private final List<Party> header = new ArrayList<>();
    private @Nullable String headerId;
    private int appHdrDepth = -1;

    // the Document being read
    private int docDepth = -1;
    private int docLine;
    private String type = "";
    private boolean cov;
    private @Nullable String msgId;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final List<Transaction> txs = new ArrayList<>();
    private final Deque<Open> parties = new ArrayDeque<>();
    private @Nullable Open account;

    /** A party open in the path, and the depth of its element. */
    private record Open(PartyBuilder party, int depth, String element) {
    }

    /** The document, a pain.001 payment information, or a transaction: what it names for itself. */
    private static final class Scope {
        final int depth;
        final boolean transaction;
        final List<PartyBuilder> parties = new ArrayList<>();
        final Map<String, PartyBuilder> byPath = new HashMap<>();
        final List<FreeText> texts = new ArrayList<>();
        final Map<String, String> ids = new HashMap<>();

        Scope(int depth, boolean transaction) {
            this.depth = depth;
            this.transaction = transaction;
        }
    }

    private MxReader(String file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    /** Reads every message of the file. */
    static List<PaymentMessage> read(String file, InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.reader(file, in);
            MxReader r = new MxReader(file, xml);
            r.run();
            if (r.messages.isEmpty()) {
                throw new PaymentFormatException(file, 0, "no ISO 20022 <Document> in the file");
            }
            return r.messages;
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            throw new PaymentFormatException(file, l == null ? 0 : Math.max(0, l.getLineNumber()), reason(e), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing after a failure: nothing more to say
                }
            }
        }
    }

    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // the JDK prefixes "ParseError at [row,col]:[7,3]\nMessage: "; the line is said by the caller
        int i = m.indexOf("Message: ");
        String s = i >= 0 ? m.substring(i + "Message: ".length()) : m;
        Throwable c = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (c instanceof IOException io && io.getMessage() != null && !s.contains(io.getMessage())) {
            s = io.getMessage();
        }
        return s.strip();
    }

    private void run() throws XMLStreamException {
        while (xml.hasNext()) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                start();
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                end();
            }
        }
    }

    private int line() {
        Location l = xml.getLocation();
        return l == null ? 0 : Math.max(0, l.getLineNumber());
    }

    private String parent() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The path from the message element (the Document's child) to {@code name}, or from the BAH. */
    private String fieldPath(String name) {
        int from = docDepth >= 0 ? docDepth + 1 : Math.max(appHdrDepth, 0);
        StringBuilder b = new StringBuilder();
        for (int i = from; i < path.size(); i++) {
            b.append(path.get(i)).append('/');
        }
        return b.append(name).toString();
    }

    private void start() throws XMLStreamException {
        String name = xml.getLocalName();
        if (docDepth < 0 && name.equals("Document")) {
            startDocument();
            path.add(name);
            return;
        }
        if (docDepth < 0 && appHdrDepth < 0 && name.equals("AppHdr")) {
            appHdrDepth = path.size();
            header.clear();
            headerId = null;
            path.add(name);
            return;
        }
        if (docDepth < 0 && appHdrDepth < 0) {
            path.add(name); // an envelope around the messages
            return;
        }
        if (appHdrDepth >= 0 && docDepth < 0) {
            startInHeader(name);
            return;
        }
        startInDocument(name);
    }

    private void startDocument() throws XMLStreamException {
        String ns = xml.getNamespaceURI();
        Matcher m = NAMESPACE.matcher(ns == null ? "" : ns);
        if (!m.matches()) {
            throw new PaymentFormatException(file, line(), "message type " + (ns == null || ns.isEmpty() ? "(no namespace)" : ns)
                    + " is not supported (pacs.008, pacs.009, pain.001, pacs.004, camt.056)");
        }
        docDepth = path.size();
        docLine = line();
        type = m.group(1);
        cov = false;
        msgId = null;
        scopes.clear();
        txs.clear();
        scopes.push(new Scope(path.size(), false));
        for (Party p : header) {
            PartyBuilder b = new PartyBuilder(p.role(), p.field(), p.agent());
            b.name = p.name();
            b.bic = p.bic();
            b.lei = p.lei();
            b.identifiers.addAll(p.identifiers());
            b.lines.addAll(p.address().lines());
            b.town = p.address().town();
            b.subdivision = p.address().subdivision();
            b.country = p.address().country();
            scopes.peek().parties.add(b);
        }
    }

    private void startInHeader(String name) throws XMLStreamException {
        String parentName = parent();
        if (parentName.equals("AppHdr") && (name.equals("Fr") || name.equals("To"))) {
            parties.push(new Open(new PartyBuilder(name.equals("Fr") ? "bah_from" : "bah_to", fieldPath(name), true), path.size(), name));
            path.add(name);
            return;
        }
        if (parentName.equals("AppHdr") && name.equals("BizMsgIdr")) {
            headerId = PartyBuilder.clean(xml.getElementText());
            return; // the text read ends the element
        }
        if (partyText(name)) {
            return;
        }
        path.add(name);
    }

    private void startInDocument(String name) throws XMLStreamException {
        String parentName = parent();
        if (name.equals("UndrlygCstmrCdtTrf")) {
            cov = true;
        }
        if (name.equals("PmtInf") && type.startsWith("pain.001")) {
            scopes.push(new Scope(path.size(), false));
        } else if (TRANSACTIONS.contains(name)) {
            if (++transactions > Limits.TRANSACTIONS) {
                throw new PaymentFormatException(file, line(), "more than " + Limits.TRANSACTIONS + " transactions in one file");
            }
            scopes.push(new Scope(path.size(), true));
        }
        String role = ROLES.get(name);
        if (role == null && name.equals("Agt") && parentName.equals("ChrgsInf")) {
            role = "charges_agent";
        }
        if (role != null && account == null) {
            String field = fieldPath(name);
            PartyBuilder b = new PartyBuilder(prefix() + role, field, false);
            Scope s = scopes.peek();
            s.parties.add(b);
            s.byPath.put(field, b);
            parties.push(new Open(b, path.size(), name));
            path.add(name);
            return;
        }
        if (parties.isEmpty() && account == null && name.endsWith("Acct") && name.length() > 4) {
            String owner = fieldPath(name.substring(0, name.length() - 4));
            PartyBuilder b = null;
            for (Scope s : scopes) {
                b = s.byPath.get(owner);
                if (b != null) {
                    break;
                }
            }
            if (b == null) { // an account without its party (a settlement or charges account): screened as it stands
                String ownerRole = ROLES.get(name.substring(0, name.length() - 4));
                b = new PartyBuilder(prefix() + (ownerRole != null ? ownerRole : "account_holder"), fieldPath(name), false);
                scopes.peek().parties.add(b);
            }
            account = new Open(b, path.size(), name);
            path.add(name);
            return;
        }
        if (account != null && (name.equals("IBAN") || (name.equals("Id") && parentName.equals("Othr")))) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null && account.party().account == null) {
                account.party().account = v;
            }
            return;
        }
        if (!parties.isEmpty() && partyText(name)) {
            return;
        }
        if (textElement(name, parentName)) {
            return;
        }
        path.add(name);
    }

    /** The role prefix where parties are those of an underlying or original payment. */
    private String prefix() {
        if (path.contains("UndrlygCstmrCdtTrf")) {
            return "underlying_";
        }
        if (path.contains("RtrChain")) {
            return "return_chain_";
        }
        if (path.contains("OrgnlTxRef")) {
            return "original_";
        }
        return "";
    }

    /** Reads a text of the open party; true when {@code name} was one (the element then is read whole). */
    private boolean partyText(String name) throws XMLStreamException {
        Open open = parties.peek();
        if (open == null) {
            return false;
        }
        PartyBuilder b = open.party();
        String parentName = parent();
        if (name.equals("FinInstnId")) {
            b.agent = true;
            return false;
        }
        boolean own = parentName.equals(open.element()) || NAME_PARENTS.contains(parentName);
        if (name.equals("Nm") && own) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null) {
                b.name(v);
            }
            return true;
        }
        if (BIC_ELEMENTS.contains(name)) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null && b.bic == null) {
                b.bic = v;
            } else if (v != null) {
                b.identifiers.add(v);
            }
            return true;
        }
        if (name.equals("LEI")) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null && b.lei == null) {
                b.lei = v;
            }
            return true;
        }
        if (parentName.equals("PstlAdr")) {
            return addressText(b, name);
        }
        if (name.equals("CtryOfRes") && own) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null && b.country == null) {
                b.country = v;
            }
            return true;
        }
        if (name.equals("Id") && parentName.equals("Othr")) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null) {
                b.identifiers.add(v);
            }
            return true;
        }
        return false;
    }

    private boolean addressText(PartyBuilder b, String name) throws XMLStreamException {
        boolean line = ADDRESS_LINES.contains(name);
        if (!line && !name.equals("TwnNm") && !name.equals("CtrySubDvsn") && !name.equals("Ctry")) {
            return false;
        }
        String v = PartyBuilder.clean(xml.getElementText());
        if (v == null) {
            return true;
        }
        switch (name) {
            case "TwnNm" -> b.town = v;
            case "CtrySubDvsn" -> b.subdivision = v;
            case "Ctry" -> b.country = v; // the address's country wins over a country of residence
            default -> b.lines.add(v);
        }
        return true;
    }

    /** Message and transaction ids and free text; true when {@code name} was one (the element then is read whole). */
    private boolean textElement(String name, String parentName) throws XMLStreamException {
        if ((name.equals("MsgId") && parentName.equals("GrpHdr")) || (name.equals("Id") && parentName.equals("Assgnmt"))) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (msgId == null) {
                msgId = v;
            }
            return true;
        }
        Scope s = scopes.peek();
        if (s.transaction && TX_IDS.contains(name) && !path.contains("UndrlygCstmrCdtTrf")) {
            String v = PartyBuilder.clean(xml.getElementText());
            if (v != null && !v.equalsIgnoreCase("NOTPROVIDED")) {
                s.ids.putIfAbsent(name, v);
            }
            return true;
        }
        boolean text = FREE_TEXT.contains(name) || (name.equals("Prtry") && parentName.equals("Purp"))
                || (name.equals("Inf") && parentName.equals("Dtls"));
        if (text) {
            String field = fieldPath(name);
            String v = xml.getElementText().strip();
            if (!v.isEmpty()) {
                s.texts.add(new FreeText(field, v));
            }
            return true;
        }
        return false;
    }

    private void end() {
        int depth = path.size() - 1;
        if (depth < 0) {
            return;
        }
        Open open = parties.peek();
        if (open != null && open.depth() == depth) {
            parties.pop();
            if (docDepth < 0) {
                Party p = open.party().build();
                if (!p.isEmpty()) {
                    header.add(p);
                }
            }
        }
        if (account != null && account.depth() == depth) {
            account = null;
        }
        if (docDepth >= 0 && depth > docDepth && scopes.peek().depth == depth) {
            Scope s = scopes.pop();
            if (s.transaction) {
                txs.add(transaction(s));
            }
        }
        if (depth == docDepth) {
            endDocument();
        }
        if (depth == appHdrDepth && docDepth < 0) {
            appHdrDepth = -1;
        }
        path.remove(depth);
    }

    private Transaction transaction(Scope tx) {
        String id = null;
        for (String k : TX_IDS) {
            id = tx.ids.get(k);
            if (id != null) {
                break;
            }
        }
        List<Party> ps = new ArrayList<>();
        List<FreeText> texts = new ArrayList<>();
        List<Scope> outer = new ArrayList<>(scopes);
        for (int i = outer.size() - 1; i >= 0; i--) { // outermost first
            collect(outer.get(i), ps, texts);
        }
        collect(tx, ps, texts);
        return new Transaction(id != null ? id : "#" + (txs.size() + 1), ps, texts);
    }

    private static void collect(Scope s, List<Party> ps, List<FreeText> texts) {
        for (PartyBuilder b : s.parties) {
            Party p = b.build();
            if (!p.isEmpty()) {
                ps.add(p);
            }
        }
        texts.addAll(s.texts);
    }

    private void endDocument() {
        if (txs.isEmpty()) {
            throw new PaymentFormatException(file, docLine, "message " + type + " has no transaction (no "
                    + String.join(" or ", TRANSACTIONS) + " element)");
        }
        String id = msgId != null ? msgId : headerId != null ? headerId : file;
        messages.add(new PaymentMessage(id, cov ? type + " COV" : type, file, docLine, txs));
        docDepth = -1;
        appHdrDepth = -1;
        header.clear();
        headerId = null;
        scopes.clear();
    }
}
