package dev.essays.jcr;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Runs work in a JCR session with the module's own (system) rights. In Magnolia the session comes from
 * Magnolia's system context ({@link dev.essays.magnolia.MagnoliaSessionProvider}); in the preview host and
 * in tests from the embedded repository. Sessions are never kept beyond one call.
 */
public interface SessionProvider {

    /** Work done in one workspace's session. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session session) throws RepositoryException;
    }

    <T> T withSession(String workspace, Work<T> work) throws RepositoryException;
}
