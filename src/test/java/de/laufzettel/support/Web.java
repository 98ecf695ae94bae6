package de.laufzettel.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HTTP client that behaves like one browser: it keeps its cookies, does not follow
 * redirects (tests look at them), and puts the CSRF token of its session into every form it posts.
 */
public final class Web {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Web(String base) {
        this(base, new CookieManager());
    }

    private Web(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client for a Laufzettel at {@code base}. */
    public static Web at(String base) {
        return new Web(base);
    }

    /** The same browser (same cookies) talking to another Laufzettel node. */
    public Web sameBrowserAt(String otherBase) {
        return new Web(otherBase, cookies);
    }

    /** The same browser, sending this header with every request made through the returned client. */
    public Web withHeader(String name, String value) {
        Web copy = new Web(base, cookies);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** Downloads raw bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Page(int status, String body, HttpResponse<String> raw) {
        public String location() {
            return raw.headers().firstValue("Location").orElse(null);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Page get(String path) {
        String url = path.startsWith("http") ? path : base + path;
        return send(HttpRequest.newBuilder(URI.create(url)).GET().header("Accept-Language", "de-DE"));
    }

    /** GET that follows redirects within Laufzettel, as a browser would. */
    public Page follow(String path) {
        Page page = get(path);
        for (int hops = 0; hops < 5 && page.status() / 100 == 3; hops++) {
            String location = page.location();
            page = get(location.startsWith("http") ? location.substring(base.length()) : location);
        }
        return page;
    }

    /** POSTs a form with this session's CSRF token; alternating name, value pairs. */
    public Page post(String path, String... fields) {
        java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.add(Map.entry(fields[i], fields[i + 1]));
        }
        if (form.stream().noneMatch(e -> e.getKey().equals("_csrf"))) {
            form.add(Map.entry("_csrf", csrfToken()));
        }
        return postEncoded(path, form);
    }

    /** POSTs a form exactly as given, without adding a CSRF token. */
    public Page postRaw(String path, Map<String, String> form) {
        return postEncoded(path, java.util.List.copyOf(form.entrySet()));
    }

    private Page postEncoded(String path, java.util.List<Map.Entry<String, String>> form) {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "de-DE")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads one file as multipart form data, with the CSRF token as a header as the browser script sends it. */
    public Page upload(String path, String fileName, String contentType, byte[] content) {
        Multipart file = Multipart.file(fileName, contentType, content);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", file.contentType())
                .header("X-CSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.body())));
    }

    /** One file as a multipart/form-data body in the part "file". */
    public record Multipart(String contentType, byte[] body) {
        public static Multipart file(String fileName, String contentType, byte[] content) {
            String boundary = "----laufzettel" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }

    /** Signs in through the login form and checks that it worked. */
    public Web login(String email, String password) {
        Page page = post("/login", "email", email, "password", password);
        if (page.status() != 302 || page.location().contains("error") || page.location().contains("locked")) {
            throw new AssertionError("login failed for " + email + ": " + page.status() + " " + page.location());
        }
        return this;
    }

    /** The CSRF token of this client's session, read from a page like a browser would. */
    public String csrfToken() {
        Matcher m = CSRF.matcher(get("/signup").body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    /** This browser's cookies, for other clients that must act as the same browser. */
    public CookieManager cookies() {
        return cookies;
    }

    /** The value of the session cookie, to compare before and after login. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
