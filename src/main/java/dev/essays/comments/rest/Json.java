package dev.essays.comments.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.comments.Comment;
import dev.essays.comments.CommentHtml;
import dev.essays.comments.FieldError;
import dev.essays.comments.ThreadedComment;

import java.util.List;

/** The endpoint's JSON shapes, written with Jackson so no JSON provider has to be registered. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public view of a comment: never e-mail, IP hash, user agent or secrets. */
    static ObjectNode comment(Comment c) {
        ObjectNode n = object();
        n.put("id", c.id());
        n.put("status", c.status().value());
        n.put("parentId", c.parentId());
        n.put("author", c.author());
        n.put("url", c.url());
        n.put("created", c.created().toString());
        n.put("text", c.text());
        return n;
    }

    /** Each comment with its depth and its text as safe HTML (escaped, paragraphs, nofollow links). */
    static void thread(List<ThreadedComment> thread, ArrayNode out) {
        for (ThreadedComment t : thread) {
            ObjectNode n = comment(t.comment());
            n.put("html", CommentHtml.toHtml(t.comment().text()));
            n.put("depth", t.depth());
            out.add(n);
            thread(t.replies(), out);
        }
    }

    static String errors(String message, List<FieldError> errors) {
        ObjectNode n = object();
        n.put("message", message);
        ArrayNode list = n.putArray("errors");
        for (FieldError e : errors) {
            list.addObject().put("field", e.field()).put("message", e.message());
        }
        return write(n);
    }
}
