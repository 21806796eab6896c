package org.kordon.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The list formats Kordon reads, as the authorities publish them.
 *
 * <p>{@link #detect(Path)} recognises a file by its name and first bytes:
 * {@code sdn.csv} is {@link #OFAC_CSV}; an XML file whose root is {@code sanctionsData} is {@link #OFAC_XML},
 * {@code CONSOLIDATED_LIST} is {@link #UN_XML}, {@code export} is {@link #EU_FSF_XML}; and so on.
 */
public enum ListFormat {
    /** OFAC legacy CSV set: sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it. */
    OFAC_CSV("ofac-csv", OfacCsvParser::new),
    /** OFAC Enhanced XML (SDN_ENHANCED.XML, CONS_ENHANCED.XML, or either zipped). */
    OFAC_XML("ofac-xml", OfacXmlParser::new),
    /** UN Security Council consolidated list XML. */
    UN_XML("un-xml", UnXmlParser::new),
    /** EU annex CSV transcription (OpenSanctions "EU Journal sanctions" layout). */
    EU_CSV("eu-csv", EuCsvParser::new),
    /** EU Financial Sanctions File XML (xmlFullSanctionsList_1_1). */
    EU_FSF_XML("eu-fsf-xml", EuFsfXmlParser::new),
    /** OFSI consolidated list ("ConList"), Excel workbook. */
    UK_OFSI_XLSX("uk-ofsi-xlsx", UkOfsiXlsxParser::new),
    /** OFSI consolidated list ("ConList"), CSV. */
    UK_OFSI_CSV("uk-ofsi-csv", UkOfsiCsvParser::new),
    /** FCDO UK Sanctions List spreadsheet, OpenDocument. */
    UK_SL_ODS("uk-sl-ods", UkSanctionsListOdsParser::new),
    /** OpenSanctions FollowTheMoney entities, JSON lines. */
    FTM_JSON("ftm-json", FtmJsonParser::new),
    /** OpenSanctions Senzing export, JSON lines. */
    SENZING_JSON("senzing-json", SenzingJsonParser::new),
    /** US Consolidated Screening List (trade.gov), JSON: {@code consolidated.json} or an API response. */
    CSL_JSON("csl-json", CslParser::json),
    /** US Consolidated Screening List (trade.gov), CSV: {@code consolidated.csv}. */
    CSL_CSV("csl-csv", CslParser::csv);

    private final String cliName;
    private final Supplier<ListParser> parser;

    ListFormat(String cliName, Supplier<ListParser> parser) {
        this.cliName = cliName;
        this.parser = parser;
    }

    /** The name used on the command line ({@code --format ofac-csv}). */
    public String cliName() {
        return cliName;
    }

    ListParser newParser() {
        return parser.get();
    }

    /**
     * Parses a {@link #cliName()} or constant name.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static ListFormat parse(String name) {
        for (ListFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ListFormat f : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(f.cliName);
        }
        throw new IllegalArgumentException("unknown list format '" + name + "' (known: " + known + ")");
    }

    /** OFAC CSV companion files: read together with sdn.csv, never on their own. */
    static boolean isOfacCompanion(Path file) {
        String n = lowerName(file);
        return n.equals("alt.csv") || n.equals("add.csv") || n.equals("sdn_comments.csv");
    }

    private static String lowerName(Path file) {
        return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Detects the format of one file from its name and its first bytes.
     *
     * @return empty when the file is not a list Kordon knows (a README, a companion file, a manifest)
     */
    public static Optional<ListFormat> detect(Path file) throws IOException {
        String n = lowerName(file);
        if (n.equals("sdn.csv")) {
            return Optional.of(OFAC_CSV);
        }
        if (n.endsWith(".xlsx")) {
            return Optional.of(UK_OFSI_XLSX);
        }
        if (n.endsWith(".ods")) {
            return Optional.of(UK_SL_ODS);
        }
        if (n.endsWith(".zip")) {
            return sniffZip(file);
        }
        if (n.endsWith(".xml")) {
            return Optional.ofNullable(xmlRoot(head(file)));
        }
        String head = head(file);
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            if (head.contains("\"DATA_SOURCE\"") || head.contains("\"RECORD_ID\"")) {
                return Optional.of(SENZING_JSON);
            }
            if (head.contains("\"schema\"") && head.contains("\"properties\"")) {
                return Optional.of(FTM_JSON);
            }
            if (head.contains("\"results\"") && (head.contains("\"entity_number\"") || head.contains("\"source_list_url\"")
                    || head.contains("\"alt_names\""))) {
                return Optional.of(CSL_JSON);
            }
            return Optional.empty();
        }
        if (n.endsWith(".csv")) {
            String firstLine = head.lines().findFirst().orElse("").replace("\uFEFF", "");
            if (firstLine.startsWith("celex,") || firstLine.startsWith("amendedCelex,")) {
                return Optional.of(EU_CSV);
            }
            if (head.contains("Name 6") && head.contains("Group ID")) {
                return Optional.of(UK_OFSI_CSV);
            }
            if (firstLine.startsWith("_id,source,entity_number,") || firstLine.startsWith("source,entity_number,")) {
                return Optional.of(CSL_CSV);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of the first {@code .xml} entry of a zip, from its first 4 KiB. Entries are looked up in the
     * zip's directory, so the ones before it are not inflated (a zip may hold a huge entry first). A file that is
     * not a zip is no list; one with more than {@link Limit#ZIP_ENTRIES} entries goes to the OFAC XML parser (the
     * only zipped format named .zip), which refuses it naming that cap.
     */
    private static Optional<ListFormat> sniffZip(Path file) throws IOException {
        try (ZipFile z = new ZipFile(file.toFile())) {
            if (z.size() > Limit.ZIP_ENTRIES.max()) {
                return Optional.of(OFAC_XML);
            }
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    try (InputStream in = z.getInputStream(e)) {
                        byte[] b = in.readNBytes(4096);
                        return Optional.ofNullable(xmlRoot(new String(b, StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (ZipException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static ListFormat xmlRoot(String head) {
        int i = 0;
        while ((i = head.indexOf('<', i)) >= 0) {
            char c = i + 1 < head.length() ? head.charAt(i + 1) : ' ';
            if (c != '?' && c != '!') {
                int end = i + 1;
                while (end < head.length() && !Character.isWhitespace(head.charAt(end))
                        && head.charAt(end) != '>' && head.charAt(end) != '/') {
                    end++;
                }
                String root = head.substring(i + 1, end);
                int colon = root.indexOf(':');
                root = colon >= 0 ? root.substring(colon + 1) : root;
                return switch (root) {
                    case "sanctionsData" -> OFAC_XML;
                    case "CONSOLIDATED_LIST" -> UN_XML;
                    case "export" -> EU_FSF_XML;
                    default -> null;
                };
            }
            i++;
        }
        return null;
    }

    private static String head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        }
    }
}
