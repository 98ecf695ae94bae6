package de.laufzettel.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders jte templates that were precompiled at build time (a view name {@code project/list} is
 * {@code src/main/jte/project/list.jte}). A few lines of our own instead of a starter, because the
 * jte starter does not follow Spring Boot 4 yet.
 */
@Component
class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine engine = Fragments.ENGINE;

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        String template = viewName + ".jte";
        return engine.hasTemplate(template) ? new JteView(engine, template) : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private record JteView(TemplateEngine engine, String template) implements View {
        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            response.setContentType(getContentType());
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) model;
            // Rendered into UTF-8 chunks, not into one array: a whole board (about 1 MB) in one array
            // would be a costly "humongous" allocation. Many small writes through the response
            // wrappers (security, session) would cost more than rendering a thousand cards.
            // The output's argument is how many chunks its list starts with, not bytes: 32 K
            // of them were a 128 KB array allocated for each page, a fifth of all it allocated.
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(template, params, output);
            response.setContentLength(output.getContentLength());
            // The output holds many small pieces (static template text is kept as is); a buffer in
            // front passes them on to the response in writes of the size Tomcat sends in one piece.
            java.io.OutputStream body = new java.io.BufferedOutputStream(response.getOutputStream(),
                    ResponseWrites.PIECE_BYTES);
            output.writeTo(body);
            body.flush();
        }
    }
}
