package dev.essays.comments.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.comments.Comment;
import dev.essays.comments.CommentFeed;
import dev.essays.comments.CommentListHtml;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStoreException;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.FieldError;
import dev.essays.comments.Html;
import dev.essays.comments.ModerationAction;
import dev.essays.comments.Posted;
import dev.essays.comments.ResponseHeading;
import dev.essays.comments.SignedLinks.Purpose;
import dev.essays.comments.Submission;
import dev.essays.comments.SubmissionRejectedException;
import dev.essays.comments.ThreadedComment;
import dev.essays.comments.wiring.CommentsComponent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.essays.comments.rest.Requests.crossSite;
import static dev.essays.comments.rest.Requests.field;
import static dev.essays.comments.rest.Requests.firstNonEmpty;
import static dev.essays.comments.rest.Requests.isChecked;
import static dev.essays.comments.rest.Requests.merged;
import static dev.essays.comments.rest.Requests.safeRedirect;
import static dev.essays.comments.rest.Requests.wantsJson;
import static dev.essays.comments.rest.Requests.withServletParameters;
import static dev.essays.comments.rest.Responses.forbidden;
import static dev.essays.comments.rest.Responses.html;
import static dev.essays.comments.rest.Responses.json;
import static dev.essays.comments.rest.Responses.noStore;
import static dev.essays.comments.rest.Responses.status;

/**
 * The comments REST API under {@code /.rest/essays/v1/}: time tokens, posting (HTML form or JSON), the
 * approved list (JSON or HTML fragment, with ETag), moderation and the links mail carries. A thin layer:
 * every rule lives in {@link CommentService}.
 */
@Path("/essays/v1")
public class CommentsEndpoint {

    /** The honeypot form field: hidden from people by the form's CSS, filled in by bots. */
    public static final String HONEYPOT_FIELD = "essays_hp";
    public static final String MODERATOR_ROLE = "essays-moderator";
    private static final String SUPERUSER_ROLE = "superuser";
    private static final int MAX_PER_PAGE = 200;

    private final CommentService service;

    /** As a component container builds it (Magnolia, the preview host). */
    @Inject
    public CommentsEndpoint(CommentsComponent comments) {
        this(comments.service());
    }

    public CommentsEndpoint(CommentService service) {
        this.service = service;
    }

    // ---- time token ------------------------------------------------------------------------------------

    @GET
    @Path("/comments/token")
    public Response token(@QueryParam("essay") String essay) {
        Optional<String> token = essay == null ? Optional.empty() : service.issueToken(essay);
        if (token.isEmpty()) {
            return json(404, Json.errors("Comments are closed or there is no such essay.",
                    List.of(new FieldError("essay", "Comments are closed or there is no such essay."))));
        }
        ObjectNode n = Json.object();
        n.put("token", token.get());
        return Response.ok(Json.write(n), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore()).build();
    }

    // ---- posting ---------------------------------------------------------------------------------------

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postForm(MultivaluedMap<String, String> form, @Context HttpHeaders headers,
                             @Context HttpServletRequest request, @Context UriInfo uri) {
        return post(withServletParameters(form, request), wantsJson(headers), headers, request, uri);
    }

    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response postJson(String body, @Context HttpHeaders headers, @Context HttpServletRequest request,
                             @Context UriInfo uri) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        try {
            JsonNode n = Json.MAPPER.readTree(body == null ? "" : body);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException();
            }
            n.fields().forEachRemaining(e -> form.putSingle(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
        } catch (Exception e) {
            return json(400, Json.errors("The request body is not a JSON object.", List.of()));
        }
        return post(form, true, headers, request, uri);
    }

    private Response post(MultivaluedMap<String, String> form, boolean json, HttpHeaders headers,
                          HttpServletRequest request, UriInfo uri) {
        Submission s = new Submission(field(form, "essay"), field(form, "author"), field(form, "email"),
                field(form, "url"), field(form, "comment"), field(form, "comment_parent"), field(form, "token"),
                field(form, HONEYPOT_FIELD), request == null ? "" : request.getRemoteAddr(),
                headers.getHeaderString(HttpHeaders.USER_AGENT), firstNonEmpty(field(form, "idempotency_key"),
                headers.getHeaderString("Idempotency-Key")), isChecked(field(form, "notify_replies")),
                isChecked(field(form, "privacy_consent")));
        Posted posted;
        try {
            posted = service.submit(s);
        } catch (SubmissionRejectedException e) {
            int status = status(e.reason());
            if (json) {
                return json(status, Json.errors(e.getMessage(), e.errors()));
            }
            Map<String, String> keep = new LinkedHashMap<>();
            for (String f : List.of("author", "email", "url", "comment", "notify_replies", "privacy_consent", "essay",
                    "comment_parent", "redirect_to", "idempotency_key")) {
                keep.put(f, field(form, f));
            }
            if (!service.config().privacyConsentRequired()) {
                keep.remove("privacy_consent");
            }
            if (e.reason() == SubmissionRejectedException.Reason.INVALID) {
                keep.put("token", field(form, "token")); // field errors come before the token is spent
            }
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(FormPages.refused(uri.getBaseUri().getPath() + "essays/v1/comments", e.errors(), keep))
                    .cacheControl(noStore()).build();
        } catch (CommentStoreException e) {
            return json(503, Json.errors("Your comment could not be saved right now; please send it again.", List.of()));
        }
        Comment c = posted.comment();
        if (json) {
            ObjectNode n = Json.comment(c);
            n.put("retried", posted.retried());
            n.put("editSecret", posted.editSecret());
            n.put("message", c.status() == CommentStatus.APPROVED ? "Your comment is published."
                    : "Your comment is awaiting moderation.");
            if (c.status() != CommentStatus.APPROVED) {
                n.put("moderationHash", service.links().pendingNoticeHash(c.id()));
            }
            return json(posted.retried() ? 200 : 201, Json.write(n));
        }
        String back = field(form, "redirect_to").isEmpty() ? service.config().essayPath(c.essay())
                : safeRedirect(field(form, "redirect_to"));
        String target = c.status() == CommentStatus.APPROVED ? back + "#comment-" + c.id()
                : back + (back.contains("?") ? "&" : "?") + "unapproved=" + c.id() + "&moderation-hash="
                + service.links().pendingNoticeHash(c.id()) + "#comment-" + c.id();
        return Response.seeOther(URI.create(target)).cacheControl(noStore()).build();
    }

    // ---- listing ---------------------------------------------------------------------------------------

    @GET
    @Path("/essays/{slug}/comments")
    public Response list(@PathParam("slug") String slug, @QueryParam("format") String format,
                         @QueryParam("page") Integer page, @QueryParam("per_page") Integer perPage,
                         @Context Request request) {
        Optional<EssayInfo> essay = service.essay(slug);
        if (essay.isEmpty()) {
            return json(404, Json.errors("There is no such essay.", List.of(new FieldError("essay", "There is no such essay."))));
        }
        boolean html = "html".equals(format);
        int size = perPage == null || perPage < 1 ? 50 : Math.min(perPage, MAX_PER_PAGE);
        int number = page == null || page < 1 ? 1 : page;
        List<Comment> approved = service.approved(slug);
        EntityTag tag = new EntityTag(CommentService.etag(approved).replace("\"", "") + "-" + (html ? "h" : "j")
                + number + "-" + size);
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(revalidate).tag(tag).build();
        }
        int depth = service.settingsFor(essay.get()).threadDepth();
        List<ThreadedComment> thread = service.thread(essay.get());
        int pages = Math.max(1, (thread.size() + size - 1) / size);
        List<ThreadedComment> slice = thread.subList(Math.min((number - 1) * size, thread.size()),
                Math.min(number * size, thread.size()));
        String heading = ResponseHeading.english(approved.size(), essay.get().title());
        Response.ResponseBuilder ok;
        if (html) {
            String body = "<h2 class=\"comments-title\">" + Html.escape(heading) + "</h2>\n"
                    + CommentListHtml.render(slice, depth);
            ok = Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        } else {
            ObjectNode n = Json.object();
            n.put("essay", slug);
            n.put("count", approved.size());
            n.put("heading", heading);
            n.put("page", number);
            n.put("pages", pages);
            n.put("threadDepth", depth);
            ArrayNode list = n.putArray("comments");
            Json.thread(slice, list);
            ok = Response.ok(Json.write(n), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        return ok.tag(tag).cacheControl(revalidate).header("X-Comment-Count", approved.size()).build();
    }

    // ---- Atom feeds ------------------------------------------------------------------------------------

    @GET
    @Path("/essays/{slug}/comments/feed")
    public Response essayFeed(@PathParam("slug") String slug, @Context UriInfo uri, @Context Request request) {
        Optional<EssayInfo> essay = service.essay(slug);
        if (essay.isEmpty()) {
            return json(404, Json.errors("There is no such essay.", List.of()));
        }
        List<Comment> approved = service.approved(slug);
        return feed(CommentService.etag(approved), request, () -> CommentFeed.essay(
                essay.get().title(), site(uri) + service.config().essayPath(slug), uri.getRequestUri().toString(),
                newestFirst(approved)));
    }

    @GET
    @Path("/comments/feed")
    public Response siteFeed(@Context UriInfo uri, @Context Request request) {
        List<Comment> recent = service.recentApproved(50);
        return feed(CommentService.etag(recent), request, () -> {
            List<CommentFeed.Entry> entries = new ArrayList<>();
            for (Comment c : recent) {
                String title = service.essay(c.essay()).map(EssayInfo::title).orElse(c.essay());
                entries.add(new CommentFeed.Entry(c, title, site(uri) + service.config().essayPath(c.essay())));
            }
            return CommentFeed.site(uri.getBaseUri().getHost(), site(uri) + "/",
                    uri.getRequestUri().toString(), entries);
        });
    }

    private static List<Comment> newestFirst(List<Comment> oldestFirst) {
        List<Comment> out = new ArrayList<>(oldestFirst);
        Collections.reverse(out);
        return out;
    }

    private static Response feed(String etag, Request request, Supplier<String> body) {
        EntityTag tag = new EntityTag(etag.replace("\"", "") + "-atom");
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(revalidate).build();
        }
        return Response.ok(body.get(), "application/atom+xml; charset=UTF-8").tag(tag).cacheControl(revalidate).build();
    }

    /** Scheme, host and port of this request: the site the feed's links point into. */
    private static String site(UriInfo uri) {
        URI base = uri.getBaseUri();
        return base.getScheme() + "://" + base.getRawAuthority();
    }

    // ---- moderation ------------------------------------------------------------------------------------

    /** A signed link from a moderator mail opens this page; its button posts the action. */
    @GET
    @Path("/comments/{id}/{action}")
    public Response confirmModeration(@PathParam("id") String id, @PathParam("action") String action,
                                      @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        Optional<Purpose> purpose = linkPurpose(action);
        if (purpose.isEmpty() || !service.links().verify(purpose.get(), id, expires, sig)) {
            return html(403, FormPages.message("Link not valid", "This link is not valid or has expired."));
        }
        Optional<Comment> c = service.find(id);
        if (c.isEmpty()) {
            return html(404, FormPages.message("Not found", "This comment no longer exists."));
        }
        String title = action.equals("approve") ? "Approve comment" : "Mark as spam";
        return html(200, FormPages.confirm(title, c.get().author() + ": " + abbreviate(c.get().text()), "",
                Map.of("expires", expires, "sig", sig)));
    }

    @POST
    @Path("/comments/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderateForm(@PathParam("id") String id, @PathParam("action") String action,
                                 MultivaluedMap<String, String> form, @Context UriInfo uri,
                                 @Context SecurityContext security, @Context HttpHeaders headers,
                                 @Context HttpServletRequest request) {
        return moderate(id, action, withServletParameters(form, request), uri, security, headers);
    }

    /** API clients: no body (or one we ignore), parameters in the query. */
    @POST
    @Path("/comments/{id}/{action}")
    public Response moderateApi(@PathParam("id") String id, @PathParam("action") String action,
                                @Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        return moderate(id, action, null, uri, security, headers);
    }

    private Response moderate(String id, String action, MultivaluedMap<String, String> form, UriInfo uri,
                              SecurityContext security, HttpHeaders headers) {
        boolean moderator = isModerator(security) && !crossSite(headers, uri);
        MultivaluedMap<String, String> params = merged(form, uri);
        try {
            Optional<Comment> after;
            if (action.equals("edit")) {
                String text = field(params, "comment");
                String secret = field(params, "edit_secret");
                if (moderator) {
                    after = service.edit(id, text);
                } else if (!secret.isEmpty()) {
                    after = service.editOwn(id, secret, text);
                } else {
                    return forbidden();
                }
            } else {
                Optional<ModerationAction> a = ModerationAction.parse(action);
                if (a.isEmpty()) {
                    return json(404, Json.errors("Unknown action " + action + ".", List.of()));
                }
                boolean signed = linkPurpose(action).filter(p -> service.links().verify(p, id,
                        field(params, "expires"), field(params, "sig"))).isPresent();
                if (!moderator && !signed) {
                    return forbidden();
                }
                after = service.moderate(id, a.get());
                if (a.get() == ModerationAction.DELETE && after.isPresent()) {
                    ObjectNode n = Json.object();
                    n.put("id", id);
                    n.put("status", "deleted");
                    return json(200, Json.write(n));
                }
                if (signed && !moderator && !wantsJson(headers)) {
                    return after.map(c -> html(200, FormPages.message("Done", "The comment is now " + c.status().value() + ".")))
                            .orElseGet(() -> html(404, FormPages.message("Not found", "This comment no longer exists.")));
                }
            }
            return after.map(c -> json(200, Json.write(Json.comment(c))))
                    .orElseGet(() -> json(404, Json.errors("There is no such comment.", List.of())));
        } catch (SubmissionRejectedException e) {
            return json(status(e.reason()), Json.errors(e.getMessage(), e.errors()));
        } catch (CommentStoreException e) {
            return json(503, Json.errors("The change could not be saved right now; please try again.", List.of()));
        }
    }

    // ---- reply notifications: double opt-in and one-click unsubscribe --------------------------------------

    @GET
    @Path("/comments/notifications/{step}")
    public Response notificationPage(@PathParam("step") String step, @QueryParam("id") String id,
                                     @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        Optional<Purpose> purpose = notificationPurpose(step);
        if (purpose.isEmpty() || !service.links().verify(purpose.get(), id, expires, sig)) {
            return html(403, FormPages.message("Link not valid", "This link is not valid or has expired."));
        }
        boolean confirm = purpose.get() == Purpose.CONFIRM_REPLIES;
        return html(200, FormPages.confirm(confirm ? "Confirm reply notifications" : "Unsubscribe",
                confirm ? "Send me an e-mail when someone replies to my comment."
                        : "Stop e-mails about replies to my comment.", "",
                Map.of("id", id, "expires", expires, "sig", sig)));
    }

    /** Also the RFC 8058 one-click target: mail clients POST {@code List-Unsubscribe=One-Click} to the link. */
    @POST
    @Path("/comments/notifications/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notificationForm(@PathParam("step") String step, MultivaluedMap<String, String> form,
                                     @Context UriInfo uri, @Context HttpServletRequest request) {
        return notification(step, withServletParameters(form, request), uri);
    }

    @POST
    @Path("/comments/notifications/{step}")
    public Response notificationApi(@PathParam("step") String step, @Context UriInfo uri) {
        return notification(step, null, uri);
    }

    private Response notification(String step, MultivaluedMap<String, String> form, UriInfo uri) {
        MultivaluedMap<String, String> params = merged(form, uri);
        Optional<Purpose> purpose = notificationPurpose(step);
        String id = field(params, "id");
        if (purpose.isEmpty() || !service.links().verify(purpose.get(), id, field(params, "expires"), field(params, "sig"))) {
            return html(403, FormPages.message("Link not valid", "This link is not valid or has expired."));
        }
        boolean on = purpose.get() == Purpose.CONFIRM_REPLIES;
        return service.setNotifyReplies(id, on)
                .map(c -> html(200, FormPages.message("Done", on ? "You will get an e-mail when someone replies."
                        : "You will get no more e-mails about replies.")))
                .orElseGet(() -> html(404, FormPages.message("Not found", "This comment no longer exists.")));
    }

    // ---- GDPR self-service: export or erase one's own comments through a mailed link ---------------------

    /** Step 1: the same answer whether or not the address has comments; a mail goes out only if it has. */
    @POST
    @Path("/comments/mine")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestMine(MultivaluedMap<String, String> form, @Context HttpServletRequest request) {
        form = withServletParameters(form, request);
        try {
            service.requestPersonalData(field(form, "email"));
        } catch (SubmissionRejectedException e) {
            return json(400, Json.errors(e.getMessage(), e.errors()));
        }
        ObjectNode n = Json.object();
        n.put("message", "If comments were written with this address, a mail with links to download or delete"
                + " them is on its way.");
        return json(202, Json.write(n));
    }

    @GET
    @Path("/comments/mine/{step}")
    public Response mine(@PathParam("step") String step, @QueryParam("id") String email,
                         @QueryParam("expires") String expires, @QueryParam("sig") String sig) {
        if (step.equals("export") && service.links().verify(Purpose.EXPORT_MINE, email, expires, sig)) {
            ObjectNode n = Json.object();
            n.put("email", email);
            ArrayNode list = n.putArray("comments");
            for (Comment c : service.personalData(email)) {
                ObjectNode o = Json.comment(c);
                o.put("essay", c.essay());
                o.put("email", c.email());
                o.put("ipHash", c.ipHash());
                o.put("userAgent", c.userAgent());
                o.put("notifyReplies", c.notifyReplies());
                list.add(o);
            }
            return Response.ok(Json.write(n), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"my-comments.json\"")
                    .cacheControl(noStore()).build();
        }
        if (step.equals("erase") && service.links().verify(Purpose.ERASE_MINE, email, expires, sig)) {
            return html(200, FormPages.confirm("Delete all my comments",
                    "Delete every comment written with " + email + "? This cannot be undone.", "",
                    Map.of("id", email, "expires", expires, "sig", sig)));
        }
        return html(403, FormPages.message("Link not valid", "This link is not valid or has expired."));
    }

    @POST
    @Path("/comments/mine/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response eraseMine(MultivaluedMap<String, String> form, @Context UriInfo uri,
                              @Context HttpServletRequest request) {
        MultivaluedMap<String, String> params = merged(withServletParameters(form, request), uri);
        String email = field(params, "id");
        if (!service.links().verify(Purpose.ERASE_MINE, email, field(params, "expires"), field(params, "sig"))) {
            return html(403, FormPages.message("Link not valid", "This link is not valid or has expired."));
        }
        int n = service.erasePersonalData(email);
        return html(200, FormPages.message("Deleted", n == 1 ? "Your comment was deleted." : n + " comments were deleted."));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    static boolean isModerator(SecurityContext security) {
        return security != null && (security.isUserInRole(MODERATOR_ROLE) || security.isUserInRole(SUPERUSER_ROLE));
    }

    private static Optional<Purpose> linkPurpose(String action) {
        return switch (action) {
            case "approve" -> Optional.of(Purpose.APPROVE);
            case "spam" -> Optional.of(Purpose.SPAM);
            default -> Optional.empty();
        };
    }

    private static Optional<Purpose> notificationPurpose(String step) {
        return switch (step) {
            case "confirm" -> Optional.of(Purpose.CONFIRM_REPLIES);
            case "unsubscribe" -> Optional.of(Purpose.UNSUBSCRIBE);
            default -> Optional.empty();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
