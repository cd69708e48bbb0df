package dev.essays.formatting;

import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sources a works-cited list holds: every source by default, only the cited ones by site or essay setting. */
class WorksCitedSourcesTest {

    private static final String ESSAY = """
            {"title": "On Reading", "body": "<p>As Ostrow shows [@ostrow2013, 118].</p>"%s,
             "sources": [
               {"id": "ostrow2013", "type": "book", "title": "Politics in Russia", "author": [{"family": "Ostrow", "given": "Joel"}],
                "publisher": "CQ Press", "issued": {"date-parts": [[2013]]}},
               {"id": "carr2010", "type": "book", "title": "The Shallows", "author": [{"family": "Carr", "given": "Nicholas"}],
                "publisher": "Norton", "issued": {"date-parts": [[2010]]}}]}""";

    @TempDir
    Path temp;
    private EmbeddedRepository repository;
    private SiteSettings site;
    private FormattedEssays citations;

    @BeforeEach
    void start() {
        repository = EmbeddedRepository.inMemory(temp);
        site = new SiteSettings();
        citations = new FormattedEssays(repository, site);
    }

    @AfterEach
    void stop() {
        repository.close();
    }

    private static Essay essay(String setting) throws Exception {
        return EssayJson.parse(String.format(ESSAY, setting == null ? "" : ", \"worksCitedSources\": \"" + setting + "\""), "on-reading");
    }

    private List<String> listed(Essay essay) {
        return citations.of(essay).entries().stream().map(FormattedEssay.Entry::sourceKey).toList();
    }

    @Test
    void byDefault_anUncitedSourceIsListedToo_andReported() throws Exception {
        Essay essay = essay(null);
        assertEquals(List.of("carr2010", "ostrow2013"), listed(essay));
        assertTrue(citations.of(essay).problems().stream().anyMatch(p -> "carr2010".equals(p.sourceKey())));
        assertEquals("Works Consulted", citations.of(essay).heading(), "MLA names a list with uncited works so");
    }

    @Test
    void anEssaySetToCited_listsOnlyWhatItsTextCites_andStillReportsTheRest() throws Exception {
        Essay essay = essay("cited");
        assertEquals(List.of("ostrow2013"), listed(essay));
        assertTrue(citations.of(essay).problems().stream().anyMatch(p -> "carr2010".equals(p.sourceKey())));
        assertEquals("Works Cited", citations.of(essay).heading());
    }

    @Test
    void theSiteSettingApplies_unlessTheEssayHasItsOwn() throws Exception {
        site.setWorksCitedSources("cited");
        assertEquals(List.of("ostrow2013"), listed(essay(null)));
        assertEquals(List.of("carr2010", "ostrow2013"), listed(essay("all")));
        site.setWorksCitedSources("some");
        assertEquals("all", site.getWorksCitedSources(), "a wrong configured value keeps every source listed");
    }

    @Test
    void eachSettingIsFormattedAndKeptUnderItsOwnKey() throws Exception {
        Essay essay = essay(null);
        new EssayStore(repository).save(essay, "test");
        FormattedEssay every = citations.refresh(essay);

        site.setWorksCitedSources("cited");
        FormattedEssay cited = citations.of(essay);
        assertNotEquals(every.key(), cited.key());
        assertEquals(List.of("ostrow2013"), listed(essay));

        site.setWorksCitedSources("all");
        assertEquals(every.key(), citations.of(essay).key());
        assertEquals(List.of("carr2010", "ostrow2013"), listed(essay));
        // The same choice made by the essay instead of the site is the same content.
        assertEquals(every.key(), citations.of(essay("all")).key());
        assertEquals(cited.key(), citations.of(essay("cited")).key());
    }
}
