package dev.essays.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.EssayJson;
import dev.essays.essay.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** JSON answers in one shape: {@code {"error": "...", "errors": [{"field": ..., "message": ...}]}} for failures. */
public final class JsonResponses {

    public static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=utf-8";

    private JsonResponses() {
    }

    public static Response ok(Object entity) {
        return Response.ok(write(entity), JSON_UTF8).build();
    }

    public static Response status(Response.Status status, Object entity) {
        return Response.status(status).type(JSON_UTF8).entity(write(entity)).build();
    }

    public static Response error(Response.Status status, String message) {
        return error(status, message, List.of());
    }

    public static Response error(Response.Status status, String message, List<FieldError> errors) {
        ObjectNode body = EssayJson.MAPPER.createObjectNode();
        body.put("error", message);
        ArrayNode list = body.putArray("errors");
        for (FieldError error : errors) {
            list.addObject().put("field", error.field()).put("message", error.message());
        }
        return status(status, body);
    }

    private static String write(Object entity) {
        try {
            return EssayJson.MAPPER.writeValueAsString(entity);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("answer could not be written as JSON", e);
        }
    }
}
