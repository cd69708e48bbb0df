package dev.essays.comments.rest;

import dev.essays.comments.FieldError;
import dev.essays.comments.Html;

import java.util.List;
import java.util.Map;

/**
 * The few plain HTML pages the endpoint answers without JavaScript: a refused form post (errors by field,
 * the visitor's text kept in a form they can send again) and the confirmation step behind links in mail
 * (a link opens a page with a button; only the button's POST acts, so mail scanners following links change
 * nothing).
 */
final class FormPages {

    private FormPages() {
    }

    static String refused(String formAction, List<FieldError> errors, Map<String, String> fields) {
        StringBuilder b = page("Your comment could not be posted");
        b.append("<div role=\"alert\"><p>Your comment could not be posted:</p><ul>\n");
        for (FieldError e : errors) {
            b.append("<li><a href=\"#").append(Html.escape(e.field())).append("\">").append(Html.escape(e.message()))
                    .append("</a></li>\n");
        }
        b.append("</ul></div>\n<form method=\"post\" action=\"").append(Html.escape(formAction)).append("\">\n");
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String name = Html.escape(f.getKey());
            if (f.getKey().equals("comment")) {
                b.append("<p><label for=\"comment\">Comment</label><br><textarea id=\"comment\" name=\"comment\" rows=\"8\" cols=\"60\">")
                        .append(Html.escape(f.getValue())).append("</textarea></p>\n");
            } else if (List.of("author", "email", "url").contains(f.getKey())) {
                b.append("<p><label for=\"").append(name).append("\">").append(name).append("</label><br><input id=\"")
                        .append(name).append("\" name=\"").append(name).append("\" value=\"")
                        .append(Html.escape(f.getValue())).append("\"></p>\n");
            } else if (List.of("notify_replies", "privacy_consent").contains(f.getKey())) {
                boolean checked = f.getValue().equals("1") || f.getValue().equalsIgnoreCase("on")
                        || f.getValue().equalsIgnoreCase("true") || f.getValue().equalsIgnoreCase("yes");
                b.append("<p><input type=\"checkbox\" id=\"").append(name).append("\" name=\"").append(name)
                        .append("\" value=\"1\"").append(checked ? " checked" : "").append("> <label for=\"")
                        .append(name).append("\">").append(f.getKey().equals("notify_replies")
                                ? "E-mail me when someone replies" : "I agree to the privacy policy")
                        .append("</label></p>\n");
            } else {
                b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(Html.escape(f.getValue())).append("\">\n");
            }
        }
        return b.append("<p><button type=\"submit\">Post Comment</button></p>\n</form>\n</body></html>\n").toString();
    }

    static String confirm(String title, String question, String action, Map<String, String> hidden) {
        StringBuilder b = page(title);
        b.append("<p>").append(Html.escape(question)).append("</p>\n<form method=\"post\" action=\"")
                .append(Html.escape(action)).append("\">\n");
        for (Map.Entry<String, String> h : hidden.entrySet()) {
            b.append("<input type=\"hidden\" name=\"").append(Html.escape(h.getKey())).append("\" value=\"")
                    .append(Html.escape(h.getValue())).append("\">\n");
        }
        return b.append("<button type=\"submit\">").append(Html.escape(title)).append("</button>\n</form>\n</body></html>\n")
                .toString();
    }

    static String message(String title, String text) {
        return page(title).append("<p>").append(Html.escape(text)).append("</p>\n</body></html>\n").toString();
    }

    private static StringBuilder page(String title) {
        return new StringBuilder(1024).append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"robots\" content=\"noindex\"><title>").append(Html.escape(title))
                .append("</title></head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
    }
}
