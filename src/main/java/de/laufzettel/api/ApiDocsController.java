package de.laufzettel.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's documentation as a page of ours, read from the same OpenAPI description a program
 * gets at {@code /api/v1/openapi.json}: so it cannot drift from the code, is accessible like
 * every other page, and needs no script from elsewhere.
 */
@Controller
public class ApiDocsController {
    private final OpenApiWebMvcResource description;
    private final JsonMapper json;

    ApiDocsController(OpenApiWebMvcResource description, JsonMapper json) {
        this.description = description;
        this.json = json;
    }

    public record Parameter(String name, String in, boolean required, String type) {
    }

    public record Operation(String id, String method, String path, String summary, List<Parameter> parameters,
            String requestBody, List<String> responses) {
    }

    public record Group(String name, List<Operation> operations) {
    }

    public record Field(String name, String type) {
    }

    public record DataType(String name, List<Field> fields) {
    }

    @GetMapping("/api-docs")
    @SuppressWarnings("unchecked")
    ModelAndView page(HttpServletRequest request, Locale locale) throws Exception {
        Map<String, Object> api = json.readValue(description.openapiJson(request, ApiDescription.PATH, locale), Map.class);
        Map<String, List<Operation>> groups = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) api.get("paths");
        for (Map.Entry<String, Map<String, Object>> path : new TreeMap<>(paths).entrySet()) {
            for (String method : List.of("get", "post", "patch", "put", "delete")) {
                if (path.getValue().get(method) instanceof Map<?, ?> op) {
                    Map<String, Object> operation = (Map<String, Object>) op;
                    String group = ((List<String>) operation.getOrDefault("tags", List.of("API"))).getFirst();
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(operation(method, path.getKey(), operation));
                }
            }
        }
        List<DataType> types = new ArrayList<>();
        Map<String, Object> components = (Map<String, Object>) api.getOrDefault("components", Map.of());
        ((Map<String, Map<String, Object>>) components.getOrDefault("schemas", Map.of())).forEach((name, schema) -> {
            List<Field> fields = new ArrayList<>();
            ((Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of()))
                    .forEach((field, type) -> fields.add(new Field(field, type(type))));
            types.add(new DataType(name, fields));
        });
        return new ModelAndView("api/docs", Map.of("groups", groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue())).toList(), "types", types));
    }

    @SuppressWarnings("unchecked")
    private static Operation operation(String method, String path, Map<String, Object> operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            parameters.add(new Parameter(String.valueOf(p.get("name")), String.valueOf(p.get("in")),
                    Boolean.TRUE.equals(p.get("required")), type((Map<String, Object>) p.get("schema"))));
        }
        String body = null;
        if (operation.get("requestBody") instanceof Map<?, ?> requestBody
                && requestBody.get("content") instanceof Map<?, ?> content) {
            body = String.join(", ", content.keySet().stream().map(String::valueOf).toList());
        }
        List<String> responses = new ArrayList<>(((Map<String, Object>) operation.getOrDefault("responses", Map.of()))
                .keySet());
        responses.sort(null);
        String id = (method + path).replaceAll("[^A-Za-z0-9]+", "-");
        return new Operation(id, method.toUpperCase(Locale.ROOT), path, (String) operation.get("summary"), parameters,
                body, responses);
    }

    /** A schema as a reader wants it, in no one language: "string (uuid)", "TaskJson[]", "TaskJson". */
    @SuppressWarnings("unchecked")
    private static String type(Map<String, Object> schema) {
        if (schema == null) {
            return "";
        }
        if (schema.get("$ref") instanceof String ref) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if ("array".equals(schema.get("type"))) {
            return type((Map<String, Object>) schema.get("items")) + "[]";
        }
        String type = String.valueOf(schema.getOrDefault("type", "object"));
        return schema.get("format") instanceof String format ? type + " (" + format + ")" : type;
    }
}
