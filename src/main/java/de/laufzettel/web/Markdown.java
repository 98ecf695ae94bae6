package de.laufzettel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders what users write (notes, comments) from CommonMark to HTML that is safe to show: raw
 * HTML is shown as text, links go only to http, https and mailto addresses (also when disguised
 * with entities, case or blanks), and images only come from the given place (a task's own
 * attachments); anything else is shown as plain text.
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\s\\u00AD\\u200B-\\u200F\\u2028\\u2029\\uFEFF]");

    private Markdown() {
    }

    /** Safe HTML for {@code markdown}; images only when their address starts with {@code imagePrefix}. */
    public static String render(String markdown, String imagePrefix) {
        String source = markdown == null ? "" : markdown;
        if (source.length() > CACHED_MAX_CHARS) {
            return renderNow(source, imagePrefix);
        }
        // A task's notes and comments are shown far more often than they change; the HTML is a
        // function of the text and the image prefix alone, so it is kept (memory bounded).
        return RENDERED.get(new Source(source, imagePrefix), key -> renderNow(key.markdown(), key.imagePrefix()));
    }

    private record Source(String markdown, String imagePrefix) {
    }

    private static final int CACHED_MAX_CHARS = 4_000;
    private static final BoundedCache<Source, String> RENDERED = new BoundedCache<>(10_000);

    private static String renderNow(String markdown, String imagePrefix) {
        Node document = PARSER.parse(markdown);
        List<Link> badLinks = new ArrayList<>();
        List<Image> badImages = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!isSafeLink(link.getDestination())) {
                    badLinks.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!isOwnImage(image.getDestination(), imagePrefix)) {
                    badImages.add(image);
                }
            }
        });
        badLinks.forEach(Markdown::unwrap);
        badImages.forEach(image -> {
            Text alt = new Text("[" + altText(image) + "]");
            image.insertBefore(alt);
            image.unlink();
        });
        return RENDERER.render(document);
    }

    /** Whether a link goes somewhere harmless: http, https, mailto, or a relative address. */
    static boolean isSafeLink(String destination) {
        String cleaned = INVISIBLE.matcher(destination == null ? "" : destination).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(cleaned);
        if (!scheme.matches()) {
            return !cleaned.contains(":") || cleaned.indexOf(':') > cleaned.indexOf('/') && cleaned.indexOf('/') >= 0;
        }
        return switch (scheme.group(1)) {
            case "http", "https", "mailto" -> true;
            default -> false;
        };
    }

    private static boolean isOwnImage(String destination, String prefix) {
        return prefix != null && destination != null && destination.startsWith(prefix) && !destination.contains("..")
                && destination.indexOf("//", 1) < 0 && !INVISIBLE.matcher(destination).find();
    }

    private static void unwrap(Link link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static String altText(Image image) {
        StringBuilder alt = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                alt.append(text.getLiteral());
            }
        });
        return alt.toString();
    }
}
