package de.laufzettel.organization;

import de.laufzettel.account.SignedInUser;
import de.laufzettel.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Turns the {@code {org}} in a URL plus the signed-in account into a {@link CurrentMember}, or a 404. */
@Component
class CurrentMemberResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {
    private final Memberships memberships;

    CurrentMemberResolver(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentMember.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getNativeRequest(HttpServletRequest.class)
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (vars == null || vars.get("org") == null || auth == null
                || !(auth.getPrincipal() instanceof SignedInUser user)) {
            throw new NotFoundException();
        }
        return memberships.findActive(vars.get("org"), user.id()).orElseThrow(NotFoundException::new);
    }
}
