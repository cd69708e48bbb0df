package dev.essays.sources;

import dev.essays.citations.io.SourceFormat;
import dev.essays.citations.io.SourceImportException;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayValidator;
import dev.essays.essay.FieldError;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.formatting.FormattedEssays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a file of sources into an essay, all or nothing: merged by citation key (an imported key replaces the
 * source with the same key) or replacing every source; then the essay's citations are formatted again. Used by the
 * REST API and by the preview jar's command line.
 */
public final class SourceImporter {

    private static final Logger LOG = LoggerFactory.getLogger(SourceImporter.class);

    /** What an import did. */
    public record Result(List<String> importedKeys, int sourceCount) {
    }

    private final EssayStore store;
    private final FormattedEssays citations;

    public SourceImporter(EssayStore store, FormattedEssays citations) {
        this.store = store;
        this.citations = citations;
    }

    /** Empty when there is no essay with this slug; nothing changes when the file or the result is invalid. */
    public Optional<Result> importInto(String slug, String file, SourceFormat format, boolean replace, String user)
            throws SourceImportException, InvalidEssayException, RepositoryException {
        Optional<Essay> stored = store.find(slug);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> imported = format.read(file);
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        if (!replace) {
            stored.get().sources().forEach(s -> byKey.put(String.valueOf(s.get("id")), s));
        }
        imported.forEach(s -> byKey.put(String.valueOf(s.get("id")), s));
        Essay updated = stored.get().withSources(new ArrayList<>(byKey.values()));
        List<FieldError> errors = EssayValidator.validate(updated);
        if (!errors.isEmpty()) {
            throw new InvalidEssayException(errors);
        }
        store.save(updated, user);
        try {
            citations.refresh(updated);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("citations of {} could not be formatted after an import; the first view will", slug, e);
        }
        return Optional.of(new Result(imported.stream().map(s -> String.valueOf(s.get("id"))).toList(), byKey.size()));
    }
}
