package dev.essays.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.citations.io.SourceFormat;
import dev.essays.citations.io.SourceImportException;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.FieldError;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.formatting.EssayAsSource;
import dev.essays.formatting.EssayPaths;
import dev.essays.formatting.FormattedEssay;
import dev.essays.formatting.FormattedEssays;
import dev.essays.formatting.SiteSettings;
import dev.essays.jcr.SessionProvider;
import dev.essays.sources.SourceFormatNames;
import dev.essays.sources.SourceImporter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * An essay's sources as files, and what editors should fix in its citations:
 * {@code GET|POST /.rest/essays/v1/essays/{slug}/sources?format=bibtex|biblatex|ris|csl-json} and
 * {@code GET /.rest/essays/v1/essays/{slug}/report}. An import is all or nothing.
 */
@Path("/essays/v1")
public class EssaySourcesEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(EssaySourcesEndpoint.class);
    private static final int MAX_UPLOAD = 5_000_000;

    private final EssayStore store;
    private final FormattedEssays citations;
    private final SourceImporter importer;

    @Inject
    public EssaySourcesEndpoint(SessionProvider sessions, FormattedEssays citations) {
        this.store = new EssayStore(sessions);
        this.citations = citations;
        this.importer = new SourceImporter(store, citations);
    }

    @GET
    @Path("/essays/{slug}/sources")
    public Response export(@PathParam("slug") String slug, @QueryParam("format") String format,
                           @Context SecurityContext security) {
        return download(slug, format, "csl-json", "-sources", security, (essay, f) -> f.write(essay.sources()));
    }

    /** Imports a file of sources: {@code mode=merge} (default) adds and replaces by key, {@code replace} swaps all. */
    @POST
    @Path("/essays/{slug}/sources")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importSources(@PathParam("slug") String slug, @QueryParam("format") String format,
                                  @QueryParam("mode") String mode, String file, @Context SecurityContext security) {
        if (!Roles.isEditor(security)) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "importing sources needs the essays-editor role");
        }
        if (file == null || file.isBlank()) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, "the request body is empty: send the file's text");
        }
        if (file.length() > MAX_UPLOAD) {
            return JsonResponses.error(Response.Status.REQUEST_ENTITY_TOO_LARGE, "the file is larger than 5 MB");
        }
        SourceFormat sourceFormat = format == null ? SourceFormat.detect(null, file) : SourceFormatNames.parse(format);
        if (sourceFormat == null) {
            return badFormat(format);
        }
        boolean replace = "replace".equals(mode);
        if (mode != null && !replace && !"merge".equals(mode)) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, "mode must be merge or replace");
        }
        return Guarded.run(LOG, () -> {
            try {
                Optional<SourceImporter.Result> result = importer.importInto(slug, file, sourceFormat, replace,
                        Roles.userName(security));
                if (result.isEmpty()) {
                    return notFound(slug);
                }
                ObjectNode body = EssayJson.MAPPER.createObjectNode();
                body.put("imported", result.get().importedKeys().size());
                body.put("sources", result.get().sourceCount());
                ArrayNode keys = body.putArray("keys");
                result.get().importedKeys().forEach(keys::add);
                return JsonResponses.ok(body);
            } catch (SourceImportException e) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, "nothing was imported: " + e.getMessage(),
                        List.of(new FieldError(e.record() + " (line " + e.line() + ")", e.getMessage())));
            } catch (InvalidEssayException e) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, "nothing was imported", e.errors());
            }
        });
    }

    /** The essay itself as a BibTeX, BibLaTeX, RIS or CSL-JSON record, for readers who cite it. */
    @GET
    @Path("/essays/{slug}/cite")
    public Response cite(@PathParam("slug") String slug, @QueryParam("format") String format,
                         @Context SecurityContext security) {
        SiteSettings site = citations.site();
        return download(slug, format, "bibtex", "", security, (essay, f) -> f.write(List.of(EssayAsSource.item(essay,
                site.absolute(EssayPaths.permalink(slug)), site.getSiteName()))));
    }

    /** A file made from a visible essay, named after it, in the asked format. */
    private Response download(String slug, String format, String defaultFormat, String nameSuffix,
                              SecurityContext security, BiFunction<Essay, SourceFormat, String> content) {
        SourceFormat sourceFormat = SourceFormatNames.parse(format == null ? defaultFormat : format);
        if (sourceFormat == null) {
            return badFormat(format);
        }
        return Guarded.run(LOG, () -> {
            Optional<Essay> essay = visible(slug, security);
            if (essay.isEmpty()) {
                return notFound(slug);
            }
            return Response.ok(content.apply(essay.get(), sourceFormat), sourceFormat.mediaType() + ";charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(slug) + nameSuffix + "."
                            + sourceFormat.extension() + "\"")
                    .build();
        });
    }

    /** What an editor should fix: unknown keys, never-cited sources, duplicate keys, malformed locators, style trouble. */
    @GET
    @Path("/essays/{slug}/report")
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("slug") String slug, @Context SecurityContext security) {
        if (!Roles.isEditor(security)) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "the citation report is for editors");
        }
        return Guarded.run(LOG, () -> {
            Optional<Essay> essay = store.find(slug);
            if (essay.isEmpty()) {
                return notFound(slug);
            }
            FormattedEssay formatted = citations.of(essay.get());
            ObjectNode body = EssayJson.MAPPER.createObjectNode();
            body.put("slug", slug);
            body.put("style", formatted.styleId());
            body.put("clean", formatted.problems().isEmpty());
            ArrayNode problems = body.putArray("problems");
            for (FormattedEssay.Problem problem : formatted.problems()) {
                ObjectNode p = problems.addObject().put("kind", problem.kind()).put("message", problem.message());
                if (problem.sourceKey() != null) {
                    p.put("key", problem.sourceKey());
                }
            }
            return JsonResponses.ok(body);
        });
    }

    private Optional<Essay> visible(String slug, SecurityContext security) throws RepositoryException {
        return store.find(slug).filter(e -> Roles.isEditor(security) || e.isPublishedAt(OffsetDateTime.now()));
    }

    /** Slugs may hold any letters; a header's file name gets ASCII only. */
    private static String fileName(String slug) {
        return slug.replaceAll("[^a-z0-9-]", "_");
    }


    private static Response badFormat(String format) {
        return JsonResponses.error(Response.Status.BAD_REQUEST, "format must be bibtex, biblatex, ris or csl-json"
                + (format == null ? " (it could not be told from the file)" : ", not \"" + format + "\""));
    }

    private static Response notFound(String slug) {
        return JsonResponses.error(Response.Status.NOT_FOUND, "no essay with the slug \"" + slug + "\"");
    }


}
