package dev.essays.comments.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;

/**
 * Just enough HTTP for endpoint tests: Jetty + Jersey on a loopback port, the endpoint under {@code /.rest},
 * and a request header {@code X-Test-Role} standing in for the logged-in user's role.
 */
final class TestServer implements AutoCloseable {

    private final Server server;

    TestServer(Object endpoint) throws Exception {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler("/");
        ResourceConfig config = new ResourceConfig().registerInstances(endpoint).register(new RoleFromHeader());
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/.rest/*");
        server.setHandler(context);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((org.eclipse.jetty.server.NetworkConnector) server.getConnectors()[0]).getLocalPort()
                + "/.rest" + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("test server did not stop", e);
        }
    }

    private static final class RoleFromHeader implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String role = request.getHeaderString("X-Test-Role");
            if (role == null) {
                return;
            }
            request.setSecurityContext(new SecurityContext() {
                @Override
                public Principal getUserPrincipal() {
                    return () -> "tester";
                }

                @Override
                public boolean isUserInRole(String r) {
                    return r.equals(role);
                }

                @Override
                public boolean isSecure() {
                    return false;
                }

                @Override
                public String getAuthenticationScheme() {
                    return "test";
                }
            });
        }
    }
}
