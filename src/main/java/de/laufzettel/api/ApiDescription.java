package de.laufzettel.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /api/v1/openapi.json}, generated from the API's controllers
 * (springdoc) with what they cannot say themselves: how to authenticate and the problem+json
 * answers every operation can give. {@code ApiDescriptionTest} fails when an endpoint is missing
 * from it or has no summary.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
    static final String PATH = "/api/v1/openapi.json";

    static {
        // The caller comes from the token, not from the request's parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiTokens.Caller.class);
    }

    @Bean
    OpenAPI laufzettelApi() {
        return new OpenAPI()
                .info(new Info().title("Laufzettel API").version("v1")
                        .description("""
                                Projects, sections, tasks, checklists, comments, attachments, members, activity and \
                                search of one organisation, with the permissions of the token's owner. \
                                Authenticate with a personal access token (Authorization: Bearer lzt_…), made under \
                                "API-Tokens" in the profile. Errors are RFC 9457 problem+json with a detail in the \
                                language of Accept-Language. Unknown fields in a body are refused (400). \
                                See docs/api.md for the conventions."""))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal access token (lzt_…)"))
                        .addSchemas("Problem", new Schema<Map<String, Object>>().type("object")
                                .addProperty("type", new Schema<String>().type("string"))
                                .addProperty("title", new Schema<String>().type("string"))
                                .addProperty("status", new Schema<Integer>().type("integer"))
                                .addProperty("detail", new Schema<String>().type("string"))
                                .addProperty("code", new Schema<String>().type("string"))))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** The answers any operation can give besides its own. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        Map<String, String> answers = Map.of(
                "400", "Bad request: an invalid or unknown field or parameter",
                "401", "No token, or an unknown, expired or revoked one",
                "403", "The token's scope or the owner's role does not allow this",
                "404", "Not found, or not visible to the token's owner (also another organisation's IDs)",
                "429", "Too many requests with this token; see Retry-After");
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                answers.forEach((status, description) -> {
                    if (operation.getResponses().get(status) == null) {
                        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
                    }
                })));
    }
}
