package de.laufzettel.web;

import gg.jte.ContentType;
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

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

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
            // Rendered into one UTF-8 buffer and written in one call: many small writes through the
            // response wrappers (security, session) cost more than rendering a thousand cards.
            Utf8ByteOutput output = new Utf8ByteOutput(8192);
            engine.render(template, params, output);
            byte[] page = output.toByteArray();
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
