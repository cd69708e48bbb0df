package dev.essays.magnolia;

import dev.essays.jcr.SessionProvider;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The module's one door into Magnolia: runs work in Magnolia's system context with the system JCR session of
 * a workspace ({@code MgnlContext.doInSystemContext(op)} and {@code MgnlContext.getJCRSession(workspace)}),
 * reached by reflection because Magnolia's jars cannot be compile dependencies. Bound to
 * {@link SessionProvider} in the module descriptor. Magnolia owns these sessions: they are never logged out here.
 */
public final class MagnoliaSessionProvider implements SessionProvider {

    static final String CONTEXT_CLASS = "info.magnolia.context.MgnlContext";

    private final Method doInSystemContext;
    private final Method getJcrSession;
    private final Class<?> opType;

    public MagnoliaSessionProvider() {
        try {
            Class<?> context = Class.forName(CONTEXT_CLASS, true, MagnoliaSessionProvider.class.getClassLoader());
            this.opType = Class.forName(CONTEXT_CLASS + "$Op", true, context.getClassLoader());
            this.doInSystemContext = context.getMethod("doInSystemContext", opType);
            this.getJcrSession = context.getMethod("getJCRSession", String.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Magnolia's MgnlContext is not available: the essays module must run"
                    + " inside Magnolia 6.4 or later (" + e + ")", e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T withSession(String workspace, Work<T> work) throws RepositoryException {
        Object op = Proxy.newProxyInstance(opType.getClassLoader(), new Class<?>[] {opType}, (proxy, method, args) -> {
            if ("exec".equals(method.getName())) {
                Session session = (Session) getJcrSession.invoke(null, workspace);
                try {
                    return work.run(session);
                } finally {
                    // The system context may hand this thread the same session again: nothing a failed or
                    // abandoned call left unsaved may reach the next call (a retry after a save conflict would
                    // otherwise find its own unsaved nodes and save nothing).
                    if (session.isLive() && session.hasPendingChanges()) {
                        session.refresh(false);
                    }
                }
            }
            return switch (method.getName()) {
                case "toString" -> "essays system-context operation on " + workspace;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            };
        });
        try {
            return (T) doInSystemContext.invoke(null, op);
        } catch (InvocationTargetException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RepositoryException repositoryException) {
                throw repositoryException;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RepositoryException("Magnolia system context failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("MgnlContext.doInSystemContext is not accessible", e);
        }
    }

    /** Reflection wraps what the work threw, possibly twice (proxy, then invoke). */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof InvocationTargetException || t instanceof java.lang.reflect.UndeclaredThrowableException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
