package de.laufzettel.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.laufzettel.support.Web;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the API over real HTTP as a program would make them, and tokens made in the web interface. */
final class ApiCalls {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiCalls(String base) {
        this.base = base;
    }

    record Answer(int status, String body, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return JSON.readValue(body, Map.class);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A call with a JSON body (or none); headers as name, value pairs. */
    Answer call(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = request(method, path, token,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    /** Uploads a file as multipart/form-data in the part "file". */
    Answer upload(String path, String token, String fileName, byte[] content) throws Exception {
        Web.Multipart file = Web.Multipart.file(fileName, "application/octet-stream", content);
        return send(request("POST", path, token, HttpRequest.BodyPublishers.ofByteArray(file.body()))
                .header("Content-Type", file.contentType()));
    }

    private HttpRequest.Builder request(String method, String path, String token, HttpRequest.BodyPublisher body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A new token made on the token page, as its owner would. */
    static String token(Web web, String slug, String name, String... scopes) {
        String[] fields = new String[2 + scopes.length * 2];
        fields[0] = "name";
        fields[1] = name;
        for (int i = 0; i < scopes.length; i++) {
            fields[2 + i * 2] = "scope";
            fields[3 + i * 2] = scopes[i];
        }
        Web.Page page = web.post("/" + slug + "/tokens", fields);
        assertThat(page.status()).isEqualTo(200);
        Matcher token = Pattern.compile("value=\"(lzt_[A-Za-z0-9_-]{43})\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }
}
