package org.kordon.trade;

import java.util.EnumSet;
import java.util.Set;
import org.kordon.model.Entity;
import org.kordon.model.Sanction;

/**
 * Which listed entries are export-control end users, and on which list, for the {@code export_control_end_user}
 * finding.
 *
 * <p>Two sources. The US Consolidated Screening List: every entry Kordon's CSL loader gives ({@code csl:} ids), its
 * list named by its one sanction ({@code measure}: "Entity List (EL) - Bureau of Industry and Security", ...). The
 * EU's Annex IV to Regulation (EU) 833/2014 (the natural and legal persons, entities and bodies in Russia, and
 * beyond it, to which dual-use and advanced-technology goods may not be sold without authorisation): it is carried
 * by the EU annex CSV transcription ({@code 32014R0833.csv}, annex {@code IV}, measure "Export control"), whose
 * entries Kordon's EU CSV loader names {@code eu:32014R0833-IV-<recordId>}. The EU Financial Sanctions File holds
 * asset freezes only, not Annex IV: with it alone no Annex IV entry is known.
 */
final class EndUserLists {
    /** The roles screened against the end-user lists: where the goods go. */
    static final Set<Party.Role> ROLES = Set.copyOf(EnumSet.of(Party.Role.CONSIGNEE, Party.Role.END_USER, Party.Role.NOTIFY_PARTY));
    /** The id prefix of the EU Annex IV entries (EU annex CSV loader). */
    static final String ANNEX_IV_PREFIX = "eu:32014R0833-IV-";
    /** The id prefix of the CSL entries. */
    static final String CSL_PREFIX = "csl:";

    private EndUserLists() {
    }

    /** Whether {@code e} is an entry of Annex IV to Regulation (EU) 833/2014. */
    static boolean isAnnexIv(Entity e) {
        return e.id().startsWith(ANNEX_IV_PREFIX);
    }

    /**
     * The list an end-user entry is on, as the finding names it: {@code EU Reg. 833/2014 Annex IV} or the CSL list's
     * name ({@code Entity List (EL) - Bureau of Industry and Security}).
     */
    static String listOf(Entity e) {
        if (isAnnexIv(e)) {
            return "EU Reg. 833/2014 Annex IV";
        }
        for (Sanction s : e.sanctions()) {
            if (s.measure() != null) {
                return s.measure();
            }
        }
        return e.sanctions().isEmpty() ? e.source().list() : e.sanctions().get(0).authority();
    }
}
