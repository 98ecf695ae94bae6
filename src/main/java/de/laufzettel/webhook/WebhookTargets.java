package de.laufzettel.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may send: http(s) addresses on the public internet. A webhook must not become a
 * way to reach what only the server can reach (the cloud's metadata service, the database, the
 * intranet), so every address a host resolves to is checked, when the webhook is saved and again
 * before each delivery (DNS can change in between). Hosts the operator names in
 * {@code LAUFZETTEL_WEBHOOK_ALLOWED_HOSTS} are exempt, for receivers inside the authority's network.
 */
@Component
class WebhookTargets {
    static final int URL_MAX = 2000;

    private final Set<String> allowedHosts;

    WebhookTargets(@Value("${laufzettel.webhook.allowed-hosts:}") String allowedHosts) {
        this.allowedHosts = parse(allowedHosts);
    }

    /** Why an address is refused, as a message key ({@code webhook.target.*}); empty when it may be used. */
    Optional<String> refusal(String url) {
        return refusal(url, allowedHosts, WebhookTargets::resolve);
    }

    /** The check itself, with the allowed hosts and the resolver given (for tests without DNS). */
    static Optional<String> refusal(String url, Set<String> allowedHosts, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhook.target.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (url.length() > URL_MAX || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.of("webhook.target.invalid");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("webhook.target.userInfo");
        }
        String host = host(uri);
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("webhook.target.unknownHost");
        }
        if (addresses.length == 0 || Arrays.stream(addresses).anyMatch(WebhookTargets::internal)) {
            return Optional.of("webhook.target.internal");
        }
        return Optional.empty();
    }

    /** The host as compared with the allowed list: lower case, IPv6 literals without brackets. */
    static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * True for every address that is not plainly on the public internet: loopback, unspecified,
     * link-local (the metadata service 169.254.169.254), private and unique-local, carrier-grade
     * NAT (also Alibaba's metadata service), multicast, broadcast, the IETF's 192.0.0.0/24 (Oracle's
     * metadata service), and IPv4 addresses hidden in IPv6 forms (mapped, compatible, NAT64).
     */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 127 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (embedsIpv4(b)) {
                return internal(ipv4(b));
            }
        }
        return false;
    }

    /** ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d (NAT64). */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || compatible || nat64;
    }

    private static InetAddress ipv4(byte[] b) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }

    static Set<String> parse(String hosts) {
        return Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "")).collect(Collectors.toUnmodifiableSet());
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
