package dev.essays.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayListing;
import dev.essays.essay.EssayJson;
import dev.essays.essay.InvalidEssayException;
import dev.essays.essay.Slugs;
import dev.essays.essay.jcr.EssayStore;
import dev.essays.formatting.FormattedEssays;
import dev.essays.formatting.StyleCheck;
import dev.essays.jcr.SessionProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The essays REST API under {@code /.rest/essays/v1/essays}: public reads of published essays, editor writes.
 * A plain JAX-RS class: Magnolia serves it through its REST dispatcher, the preview host through Jersey.
 */
@Path("/essays/v1")
public class EssaysEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(EssaysEndpoint.class);
    private static final int MAX_PAGE_SIZE = 100;

    private final EssayStore store;
    private final FormattedEssays citations;

    @Inject
    public EssaysEndpoint(SessionProvider sessions, FormattedEssays citations) {
        this.store = new EssayStore(sessions);
        this.citations = citations;
    }

    @GET
    @Path("/essays")
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@QueryParam("category") String category, @QueryParam("tag") String tag,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                         @Context SecurityContext security) {
        int pageSize = size == null ? 20 : size;
        int pageNumber = page == null ? 1 : page;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (pageNumber < 1) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, "page must be 1 or more");
        }
        return Guarded.run(LOG, () -> {
            boolean editor = Roles.isEditor(security);
            OffsetDateTime now = OffsetDateTime.now();
            List<EssayListing> matching = store.listings().stream()
                    .filter(e -> editor || e.isPublishedAt(now))
                    .filter(e -> category == null || e.categories().contains(category))
                    .filter(e -> tag == null || e.tags().contains(tag))
                    .toList();
            ObjectNode body = EssayJson.MAPPER.createObjectNode();
            body.put("total", matching.size());
            body.put("page", pageNumber);
            body.put("size", pageSize);
            ArrayNode essays = body.putArray("essays");
            for (EssayListing listing : matching.stream().skip((long) (pageNumber - 1) * pageSize).limit(pageSize)
                    .toList()) {
                store.find(listing.slug()).ifPresent(e -> essays.add(summary(e))); // absent: deleted meanwhile
            }
            return JsonResponses.ok(body);
        });
    }

    @GET
    @Path("/essays/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("slug") String slug, @Context SecurityContext security) {
        return Guarded.run(LOG, () -> {
            Optional<Essay> essay = store.find(slug);
            if (essay.isEmpty() || !(Roles.isEditor(security) || essay.get().isPublishedAt(OffsetDateTime.now()))) {
                return JsonResponses.error(Response.Status.NOT_FOUND, "no essay with the slug \"" + slug + "\"");
            }
            return JsonResponses.ok(EssayJson.toJson(essay.get()));
        });
    }

    @PUT
    @Path("/essays/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("slug") String slug, String json, @Context SecurityContext security,
                        @Context UriInfo uri) {
        if (!Roles.isEditor(security)) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "writing essays needs the essays-editor role");
        }
        return Guarded.run(LOG, () -> {
            try {
                Essay essay = withKnownStyle(EssayJson.parse(json, slug));
                boolean created = store.save(essay, Roles.userName(security));
                formatStored(essay);
                ObjectNode body = EssayJson.toJson(essay);
                return created
                        ? Response.created(uri.getAbsolutePath()).type(JsonResponses.JSON_UTF8).entity(body.toString()).build()
                        : JsonResponses.ok(body);
            } catch (InvalidEssayException e) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, "the essay was not saved", e.errors());
            }
        });
    }

    private Response deleted(String slug) {
        citations.forget(slug);
        return Response.noContent().build();
    }

    /** Creates an essay whose slug comes from its title (or the body's own "slug"), made unique. */
    @POST
    @Path("/essays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String json, @Context SecurityContext security, @Context UriInfo uri) {
        if (!Roles.isEditor(security)) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "writing essays needs the essays-editor role");
        }
        return Guarded.run(LOG, () -> {
            try {
                String requested = requestedSlug(json);
                // Validated under a stand-in slug; the real one is valid by construction (checked, or made from the title).
                Essay draft = withKnownStyle(EssayJson.parse(withoutSlug(json), "placeholder"));
                String base = requested != null ? requested : Slugs.fromTitle(draft.title());
                if (base.isEmpty()) {
                    throw new InvalidEssayException("title", "has no letters or digits to make a slug from; send a \"slug\"");
                }
                Essay essay = draft.withSlug(Slugs.unique(base, this::taken));
                store.save(essay, Roles.userName(security));
                formatStored(essay);
                return Response.created(uri.getAbsolutePathBuilder().path(essay.slug()).build())
                        .type(JsonResponses.JSON_UTF8).entity(EssayJson.toJson(essay).toString()).build();
            } catch (InvalidEssayException e) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, "the essay was not saved", e.errors());
            }
        });
    }

    @DELETE
    @Path("/essays/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("slug") String slug, @Context SecurityContext security) {
        if (!Roles.isEditor(security)) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "deleting essays needs the essays-editor role");
        }
        return Guarded.run(LOG, () -> store.delete(slug)
                ? deleted(slug)
                : JsonResponses.error(Response.Status.NOT_FOUND, "no essay with the slug \"" + slug + "\""));
    }

    /**
     * Formats the saved essay's citations now, so no page view has to; trouble there never undoes the save. The
     * content key is canonical, so the essay as sent gives the key a page view computes from the stored one.
     */
    private void formatStored(Essay saved) {
        try {
            citations.refresh(saved);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("citations of {} could not be formatted after saving; the first view will format them", saved.slug(), e);
        }
    }

    /** An unknown style is refused, so the essay keeps the style it had; the message lists the closest ids. */
    private static Essay withKnownStyle(Essay essay) throws InvalidEssayException {
        String problem = StyleCheck.problem(essay.citationStyle());
        if (problem != null) {
            throw new InvalidEssayException("citationStyle", problem);
        }
        return essay;
    }

    private boolean taken(String slug) {
        try {
            return store.exists(slug);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String requestedSlug(String json) throws InvalidEssayException {
        try {
            var node = EssayJson.MAPPER.readTree(json == null ? "" : json);
            if (node != null && node.has("slug")) {
                String slug = node.get("slug").asText();
                String problem = Slugs.problem(slug);
                if (!node.get("slug").isTextual() || problem != null) {
                    throw new InvalidEssayException("slug", problem == null ? "must be a string" : problem);
                }
                return slug;
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // parse() below reports the JSON error with its position
        }
    }

    private static String withoutSlug(String json) {
        try {
            var node = EssayJson.MAPPER.readTree(json == null ? "" : json);
            if (node instanceof ObjectNode object) {
                object.remove("slug");
                return object.toString();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ignored) {
            // left as it is; parse() reports it
        }
        return json;
    }

    private static ObjectNode summary(Essay essay) {
        ObjectNode node = EssayJson.toJson(essay);
        node.remove("body");
        node.remove("sources");
        node.put("sourceCount", essay.sources().size());
        return node;
    }


}
