package dev.essays.rest;

import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;

import javax.jcr.RepositoryException;

/** Runs an endpoint's work; repository trouble is logged with detail and answered 500 without it. */
final class Guarded {

    @FunctionalInterface
    interface Action {
        Response run() throws RepositoryException;
    }

    private Guarded() {
    }

    static Response run(Logger log, Action action) {
        try {
            return action.run();
        } catch (RepositoryException | RuntimeException e) {
            log.error("endpoint failed", e);
            return JsonResponses.error(Response.Status.INTERNAL_SERVER_ERROR,
                    "the repository could not be reached; nothing was changed");
        }
    }
}
