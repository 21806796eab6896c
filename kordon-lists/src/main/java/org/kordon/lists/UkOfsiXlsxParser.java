package org.kordon.lists;

import java.io.IOException;

/**
 * Reads the OFSI Consolidated List of Financial Sanctions Targets ("ConList") in its Excel form
 * ({@code ConList.xlsx}).
 *
 * <p>Layout: row 1 is the preamble {@code Last Updated | 10/04/2025}; row 2 the header of 36 columns
 * ({@code Name 6} = surname or entity name, {@code Name 1..5}, {@code Title}, {@code Name Non-Latin Script},
 * {@code DOB}, … {@code Other Information}, {@code Group Type}, {@code Alias Type}, {@code Alias Quality},
 * {@code Regime}, {@code Listed On}, … {@code Group ID}); then ONE ROW PER NAME VARIATION. Rows are grouped by
 * Group ID into one entity {@code uk:<Group ID>}, emitted once the sheet is read (the rows of a group are not
 * contiguous). The mapping of the columns is shared with the CSV form and described in {@link OfsiConList}:
 * <ul>
 *   <li>names: {@code Name 1..5 Name 6} joined; Alias Type {@code Primary name} → PRIMARY, {@code Primary name
 *       variation}/{@code AKA} → ALIAS (WEAK_ALIAS when Alias Quality is {@code Low quality}), {@code FKA} →
 *       PREVIOUS; the non-Latin script name → ORIGINAL_SCRIPT with the language as ISO 639-1 ({@code ru}),
 *       else the script type OFSI gives, else the script detected from the letters ({@code Cyrillic});</li>
 *   <li>DOB {@code 22/09/1953}, {@code 00/00/1952} (year only), {@code 05/1973} or {@code 1951}, one per row,
 *       all kept; an unparseable DOB or listing date rejects the designation (the field is not free text);</li>
 *   <li>numbered values {@code (1) … (2) …} in passports, IDs, positions, birth places are split; passport and
 *       ID details become the identifier's label and, when they start with a country, its issuer;</li>
 *   <li>Other Information is split at OFSI's {@code (Label):} markers: UK Sanctions List Ref and UN Ref →
 *       OTHER identifiers, Statement of Reasons → sanction reason, Gender, phone/e-mail/website, Business Reg No →
 *       REGISTRATION, IMO number → IMO, flag/type/tonnage/owners of ship → {@code VesselInfo}, the rest → remarks;</li>
 *   <li>one sanction per regime: authority {@code UK}, programme = Regime, listed on = Listed On, measure
 *       "Asset freeze" (the ConList is OFSI's asset-freeze list).</li>
 * </ul>
 * Example: the rows of Group ID 15071 (Andrei/Andrey Igorevich AKIMOV) give entity {@code uk:15071}, a PERSON
 * with primary name "Andrey Igorevich AKIMOV", alias "Andrei Igorevich AKIMOV", original-script name
 * "Андрей Игоревич Акимов", birth date 1953-09-22, programme "Russia", identifier RUS1122.
 *
 * <p>Errors name the sheet row as Excel shows it and the column header: {@code ConList.xlsx row 17, field DOB:
 * bad date '31/02/1960': …}. The workbook is read with {@link XlsxSheetReader} (StAX over the zip entries,
 * hardened by {@link SafeXml}) rather than a spreadsheet library: the ConList uses only shared and inline
 * strings, and this keeps hostile-XML refusal the same as for the XML lists.
 */
final class UkOfsiXlsxParser implements ListParser {
    @Override
    public void parse(ParseContext ctx) throws IOException {
        OfsiConList list = new OfsiConList(ctx);
        boolean[] started = {false};
        new XlsxSheetReader(ctx).read((rowNumber, cells) -> {
            String location = "row " + rowNumber;
            if (!list.hasHeader()) {
                if (!started[0]) {
                    started[0] = true;
                    if (list.preamble(location, cells)) {
                        return;
                    }
                }
                list.header(location, cells);
                return;
            }
            list.row(location, cells);
        });
        if (!list.hasHeader()) {
            throw ctx.error(null, null, "the workbook has no OFSI ConList header row");
        }
        list.finish();
    }
}
