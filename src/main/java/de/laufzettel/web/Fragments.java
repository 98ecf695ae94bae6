package de.laufzettel.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

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
            Utf8ByteOutput output = new Utf8ByteOutput(1024);
            ENGINE.render(template, params, output);
            return output.toByteArray();
        });
        return out -> out.writeBinaryContent(html);
    }
}
