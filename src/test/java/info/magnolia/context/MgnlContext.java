package info.magnolia.context;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.function.Function;

/**
 * Test double of Magnolia's {@code MgnlContext}, with the same class name and the signatures the module's
 * adapter calls (checked against Magnolia's core source). Tests plug in where sessions come from.
 */
public final class MgnlContext {

    /** Magnolia's operation type for {@link #doInSystemContext(Op)}. */
    public interface Op<T, E extends Throwable> {
        T exec() throws E;
    }

    private static volatile Function<String, Session> sessions;
    private static final ThreadLocal<Boolean> IN_SYSTEM_CONTEXT = ThreadLocal.withInitial(() -> false);

    private MgnlContext() {
    }

    public static void useSessions(Function<String, Session> source) {
        sessions = source;
    }

    public static boolean isSystemContext() {
        return IN_SYSTEM_CONTEXT.get();
    }

    public static Session getJCRSession(String workspace) throws RepositoryException {
        if (sessions == null) {
            throw new RepositoryException("no sessions configured in the MgnlContext test double");
        }
        return sessions.apply(workspace);
    }

    public static <T, E extends Throwable> T doInSystemContext(Op<T, E> op) throws E {
        boolean outer = IN_SYSTEM_CONTEXT.get();
        IN_SYSTEM_CONTEXT.set(true);
        try {
            return op.exec();
        } finally {
            IN_SYSTEM_CONTEXT.set(outer);
        }
    }
}
