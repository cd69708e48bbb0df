package dev.essays.comments.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A visitor's and a moderator's requests to a host's comments endpoint over real HTTP, as a page's script sends
 * them: the time token, a JSON post with the form's fields, moderation as {@code admin} (HTTP Basic), the approved
 * list.
 */
public final class CommentClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final String adminPassword;

    public CommentClient(URI base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh time token for the essay's form (usable 3 s after it was issued). */
    public String token(String essay) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/.rest/essays/v1/comments/token?essay=" + essay);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("token").asText();
    }

    /** The form's fields for a top-level comment; change or add any before posting. */
    public static Map<String, String> form(String essay, String author, String email, String text, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("essay", essay);
        form.put("author", author);
        form.put("email", email);
        form.put("url", "");
        form.put("comment", text);
        form.put("comment_parent", "0");
        form.put("token", token);
        form.put(CommentsEndpoint.HONEYPOT_FIELD, "");
        return form;
    }

    /** Posts as the page's script does ({@code Accept: application/json}). */
    public HttpResponse<String> post(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/.rest/essays/v1/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code approve}, {@code spam}, ... as the host's admin. */
    public HttpResponse<String> moderate(String id, String action) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/.rest/essays/v1/comments/" + id + "/" + action))
                .header("Authorization", "Basic " + login).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Ids of the essay's approved comments, as its JSON list gives them (replies included). */
    public List<String> approvedIds(String essay) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/.rest/essays/v1/essays/" + essay + "/comments?per_page=200");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("list: " + r.statusCode() + " " + r.body());
        }
        List<String> ids = new ArrayList<>();
        collectIds(JSON.readTree(r.body()), ids);
        return ids;
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        if (node.isObject() && node.has("id") && node.has("author")) {
            ids.add(node.get("id").asText());
        }
        node.forEach(child -> collectIds(child, ids));
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
