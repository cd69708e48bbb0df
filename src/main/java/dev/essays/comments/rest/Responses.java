package dev.essays.comments.rest;

import dev.essays.comments.SubmissionRejectedException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The endpoint's answers: status codes for refusals, JSON and HTML bodies that no cache keeps. */
final class Responses {

    private Responses() {
    }

    static int status(SubmissionRejectedException.Reason reason) {
        return switch (reason) {
            case INVALID, SPAM, TOO_FAST -> 400;
            case DUPLICATE -> 409;
            case RATE_LIMITED -> 429;
            case CLOSED -> 403;
            case UNKNOWN_ESSAY -> 404;
        };
    }

    static Response forbidden() {
        return json(403, Json.errors("Only moderators may do this.", List.of()));
    }

    static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body)
                .cacheControl(noStore()).build();
    }

    static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body)
                .cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setNoCache(true);
        c.setPrivate(true);
        return c;
    }
}
