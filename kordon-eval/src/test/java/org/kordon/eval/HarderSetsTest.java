package org.kordon.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordon.model.Entity;
import org.kordon.model.ListSnapshot;
import org.kordon.model.Name;
import org.kordon.model.NameKind;
import org.kordon.model.Schema;
import org.kordon.model.SourceRef;

class HarderSetsTest {
    private static final SourceRef SRC = new SourceRef("test", null);

    private static Entity entity(String id, Schema schema, String primary, String... aliases) {
        Entity.Builder b = Entity.builder(id, schema).source(SRC).name(primary, NameKind.PRIMARY);
        for (String a : aliases) {
            b.name(a, NameKind.ALIAS);
        }
        return b.build();
    }

    private static ListSnapshot list(Entity... e) {
        return new ListSnapshot(List.of(SRC), List.of(e));
    }

    @Test
    void arabicParticles_binBecomesIbn() {
        List<EvalCase> cases = HarderSets.arabicParticles(list(entity("p1", Schema.PERSON, "Muhammad bin Salman")), 10, 1);
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.query()).isEqualTo("Muhammad ibn Salman");
            assertThat(c.category()).isEqualTo("arabic-particles");
            assertThat(c.expected()).containsExactly("p1");
        });
    }

    @Test
    void arabicParticles_alHyphen_isRewrittenAsElAlOrJoined() {
        List<EvalCase> cases = HarderSets.arabicParticles(list(entity("p1", Schema.PERSON, "Abu Bakr al-Baghdadi")), 10, 1);
        assertThat(cases).singleElement().extracting(EvalCase::query).isIn(
                "Abu Bakr el-Baghdadi", "Abu Bakr Al Baghdadi", "Abu Bakr albaghdadi", "Abou Bakr al-Baghdadi");
    }

    @Test
    void arabicParticles_abdulBeforeAName_isWrittenAbdAl() {
        List<EvalCase> cases = HarderSets.arabicParticles(list(entity("p1", Schema.PERSON, "CELIK, Abdulhamid")), 10, 1);
        assertThat(cases).singleElement().extracting(EvalCase::query).isEqualTo("CELIK, Abd al-Hamid");
    }

    @Test
    void arabicParticles_abdullahIsOneWord_andIsLeftAlone() {
        assertThat(HarderSets.arabicParticles(list(entity("p1", Schema.PERSON, "JUNJU, Abdullah")), 10, 1)).isEmpty();
        assertThat(HarderSets.arabicParticles(list(entity("p2", Schema.PERSON, "SALAH, Salah Abdallah Mohamed")), 10, 1)).isEmpty();
    }

    @Test
    void arabicParticles_neverAskForASpellingTheListAlreadyHas() {
        List<EvalCase> cases = HarderSets.arabicParticles(list(entity("p1", Schema.PERSON, "Muhammad bin Salman", "Muhammad ibn Salman")), 10, 1);
        assertThat(cases).isEmpty();
    }

    @Test
    void extraWords_addsAWordFromTheEntitysOtherNames() {
        Entity khamenei = entity("p1", Schema.PERSON, "KHAMENEI, Ali", "Sayyid Ali Hosseini Khamenei");
        List<EvalCase> cases = HarderSets.extraWords(list(khamenei), 1, 1);
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo("extra-word-alias");
            assertThat(c.query()).isIn("KHAMENEI, Ali Sayyid", "KHAMENEI, Ali Hosseini");
        });
    }

    @Test
    void extraWords_secondSurname_isAnotherListedPersonsSurname() {
        Entity zarif = entity("p1", Schema.PERSON, "ZARIF, Mohammad Javad");
        Entity other = entity("p2", Schema.PERSON, "KHONSARI, Ali");
        // the first case made is of the first kind (alias word); neither has one, so both fall through to a surname
        List<EvalCase> cases = HarderSets.extraWords(list(zarif, other), 2, 3);
        assertThat(cases).filteredOn(c -> c.expected().contains("p1")).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo("extra-word-surname");
            assertThat(c.query()).isEqualTo("ZARIF KHONSARI, Mohammad Javad");
        });
    }

    @Test
    void translatedOrganisations_holdOutTheTranslation_notTheTransliteration() {
        Entity tula = entity("o1", Schema.COMPANY, "Императорский Тульский Оружейный Завод",
                "Imperial Tula Arms Plant", "Imperatorsky Tulsky Oruzheiny Zavod");
        EvalSets.HeldOut h = HarderSets.translatedOrganisations(list(tula), 10, 1);
        assertThat(h.cases()).singleElement().satisfies(c -> {
            assertThat(c.query()).isEqualTo("Imperial Tula Arms Plant");
            assertThat(c.category()).isEqualTo("translated-org");
        });
        assertThat(h.snapshot().find("o1").orElseThrow().names()).extracting(Name::value)
                .doesNotContain("Imperial Tula Arms Plant").hasSize(2);
    }

    @Test
    void translatedOrganisations_anOrganisationInOneScriptOnly_givesNoCase() {
        Entity bank = entity("o1", Schema.COMPANY, "Bank Melli Iran", "National Bank of Iran");
        assertThat(HarderSets.translatedOrganisations(list(bank), 10, 1).cases()).isEmpty();
    }

    @Test
    void romanisations_germanAndFrench_fromTheCyrillicOriginal() {
        Entity p = entity("p1", Schema.PERSON, "PRIGOZHIN, Yevgeniy Viktorovich", "Пригожин Евгений Викторович");
        List<EvalCase> cases = HarderSets.romanisations(list(p), 5, 1);
        assertThat(cases).extracting(EvalCase::category, EvalCase::query).containsExactly(
                org.assertj.core.groups.Tuple.tuple("romanisation-german", "Prigoschin Jewgeni Wiktorowitsch"),
                org.assertj.core.groups.Tuple.tuple("romanisation-french", "Prigojin Ievgueni Viktorovitch"));
    }

    @Test
    void heldOutTags_moreWordsThanEveryRemainingName_isExtraWord() {
        Entity zarif = entity("p1", Schema.PERSON, "ZARIF, M.", "Zarif Khonsari, M.");
        List<Name> rest = zarif.names().subList(0, 1);
        assertThat(HarderSets.heldOutTags(zarif, "Zarif Khonsari, M.", rest))
                .containsExactly("person", "person/multi-word", "person/extra-word");
        assertThat(HarderSets.heldOutTags(zarif, "ZARIF, M.", zarif.names().subList(1, 2)))
                .containsExactly("person", "person/multi-word");
    }
}
