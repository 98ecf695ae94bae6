package de.laufzettel.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Pieces of HTML that pages repeat many times and that are kept once rendered, keyed by
 * everything they show. A board of a thousand cards re-rendered each card on every page load,
 * although nearly all of them had not changed: rendering and escaping them was most of the
 * server's work. Since the key holds all the card's content, a changed card simply has another key:
 * nothing ever needs to be invalidated, and nothing of one person's view can reach another's
 * unless the two would see exactly the same HTML.
 */
public final class Fragments {
    static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Bounds the memory (about 1 KB a card). */
    private static final BoundedCache<Object, byte[]> RENDERED = new BoundedCache<>(20_000);

    private Fragments() {
    }

    /**
     * The template rendered with the parameters, or the same HTML kept from before under
     * {@code key}. The key must determine the output completely: every parameter, and the
     * language and anything else the template reads from the request or the clock.
     */
    public static Content cached(Object key, String template, Map<String, Object> params) {
        byte[] html = RENDERED.get(key, k -> {
            Utf8ByteOutput output = new Utf8ByteOutput();
            ENGINE.render(template, params, output);
            return output.toByteArray();
        });
        return out -> out.writeBinaryContent(html);
    }

    /**
     * Like {@link #cached}, for pieces with forms: the per-request CSRF token (parameter
     * {@code csrf}) is left out of the key; the piece is kept with a marker where the token goes,
     * and the current token is written there. The marker is random per process, so no text a
     * user typed can stand for it. The parameters are only asked for when the piece is rendered.
     */
    public static Content cachedWithToken(Object key, String template, Supplier<Map<String, Object>> params, Token token) {
        byte[][] parts = SPLIT.get(key, k -> {
            Map<String, Object> marked = new java.util.HashMap<>(params.get());
            marked.put("csrf", TOKEN_MARK);
            Utf8ByteOutput output = new Utf8ByteOutput();
            ENGINE.render(template, marked, output);
            return split(output.toByteArray(), TOKEN_MARK.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return out -> {
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.writeBinaryContent(token.bytes);
                }
                out.writeBinaryContent(parts[i]);
            }
        };
    }

    /** A request's CSRF token in UTF-8, encoded once for all the pieces of a page. */
    public static final class Token {
        private final byte[] bytes;

        private Token(byte[] bytes) {
            this.bytes = bytes;
        }

        public static Token of(String csrfToken) {
            return new Token(csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static final String TOKEN_MARK = "csrf" + java.util.UUID.randomUUID().toString().replace("-", "");
    private static final BoundedCache<Object, byte[][]> SPLIT = new BoundedCache<>(20_000);

    static byte[][] split(byte[] html, byte[] mark) {
        java.util.List<byte[]> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i <= html.length - mark.length; i++) {
            if (java.util.Arrays.equals(html, i, i + mark.length, mark, 0, mark.length)) {
                parts.add(java.util.Arrays.copyOfRange(html, from, i));
                from = i + mark.length;
                i = from - 1;
            }
        }
        parts.add(java.util.Arrays.copyOfRange(html, from, html.length));
        return parts.toArray(byte[][]::new);
    }
}
