package org.kordon.matching;

import org.jspecify.annotations.Nullable;

/**
 * A company named after its parent: "Tactical Missile Company, Joint Stock Company Avangard" is the subsidiary
 * JOINT STOCK COMPANY AVANGARD, as the UK list writes the members of a group ("Tactical Missile Corporation, 711
 * Aircraft Repair Plant"). Read whole, the parent's words weigh down every other list's name of the subsidiary; so
 * both sides also read the name without the parent, as {@link ParenthesisedPart} does with a trailing bracket.
 *
 * <p>Only a name whose part before its first comma names an organisation (it carries a legal form or ends in an
 * organisation word: company, corporation, concern, group) and whose part after it names one too (a legal form or
 * an organisation word, and at least one word of its own that is neither such a word nor a place) counts. A
 * person's "IVANOV, Sergei", a legal form after the comma ("ROSOBORONEXPORT, OAO") and a branch ("Bank Melli Iran,
 * Hamburg Branch") are left whole. Stateless.
 */
final class ParentPrefix {
    private ParentPrefix() {
    }

    /** The name without its parent, or null when it is not written as "parent, subsidiary". */
    static @Nullable String without(String name, NameAnalyzer analyzer) {
        int comma = name.indexOf(',');
        if (comma <= 0 || comma == name.length() - 1) {
            return null;
        }
        String parent = name.substring(0, comma).strip();
        if (parent.lastIndexOf('(') > parent.lastIndexOf(')') || parent.lastIndexOf('[') > parent.lastIndexOf(']')) {
            return null; // the comma is inside brackets: "X (A, B)"
        }
        String child = name.substring(comma + 1).strip();
        if (parent.split("\\s+").length < 2 || child.split("\\s+").length < 2) {
            return null;
        }
        return namesOrganisation(parent, analyzer) && namesOrganisation(child, analyzer) && hasOwnWord(child, analyzer)
                ? child : null;
    }

    private static boolean namesOrganisation(String part, NameAnalyzer analyzer) {
        AnalyzedName a = analyzer.analyze(part);
        if (!a.legalForms().isEmpty()) {
            return true;
        }
        return a.tokens().stream().anyMatch(analyzer::isOrganisationWord);
    }

    private static boolean hasOwnWord(String part, NameAnalyzer analyzer) {
        return analyzer.analyze(part).tokens().stream()
                .anyMatch(t -> !analyzer.isOrganisationWord(t) && !analyzer.isPlaceName(t));
    }
}
