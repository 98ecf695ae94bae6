package de.laufzettel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check against internal targets, with no host allowed and a resolver under the test's control. */
class WebhookTargetsTest {
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.org", "93.184.216.34",
            "rebind.example.org", "10.1.2.3",
            "metadata.google.internal", "169.254.169.254",
            "mixed.example.org", "93.184.216.34,127.0.0.1",
            "localhost", "127.0.0.1,::1");

    private static Optional<String> check(String url, String... allowed) {
        return WebhookTargets.refusal(url, Set.of(allowed), host -> {
            String addresses = DNS.get(host);
            if (addresses == null) {
                if (host.matches("[0-9.]+|.*:.*")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            String[] parts = addresses.split(",");
            InetAddress[] result = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) {
                result[i] = InetAddress.getByName(parts[i]);
            }
            return result;
        });
    }

    @Test
    void publicAddressesAreAccepted() {
        assertThat(check("https://hooks.example.org/laufzettel")).isEmpty();
        assertThat(check("http://93.184.216.34:8080/hook")).isEmpty();
        assertThat(check("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")).isEmpty();
    }

    @Test
    void internalAddressesAreRefusedAlsoBehindANameAndInIpv6Forms() {
        for (String url : new String[] {"http://127.0.0.1/", "http://localhost/", "http://0.0.0.0/", "http://[::1]/",
                "http://[::]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.178.1/",
                "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/", "http://100.64.0.1/",
                "http://100.100.100.200/", "http://192.0.0.192/", "http://224.0.0.1/", "http://255.255.255.255/",
                "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
                "http://[64:ff9b::a00:1]/", "http://rebind.example.org/", "http://mixed.example.org/"}) {
            assertThat(check(url)).as(url).contains("webhook.target.internal");
        }
    }

    @Test
    void theRealResolverIsAskedToo() {
        assertThat(new WebhookTargets("").refusal("http://localhost:8080/hook")).contains("webhook.target.internal");
        assertThat(new WebhookTargets("localhost").refusal("http://localhost:8080/hook")).isEmpty();
    }

    @Test
    void onlyHttpAddressesWithAHostAndWithoutCredentialsAreTaken() {
        assertThat(check("ftp://hooks.example.org/")).contains("webhook.target.invalid");
        assertThat(check("file:///etc/passwd")).contains("webhook.target.invalid");
        assertThat(check("hooks.example.org/hook")).contains("webhook.target.invalid");
        assertThat(check("http://exa mple.org/")).contains("webhook.target.invalid");
        assertThat(check("https://user:pw@hooks.example.org/")).contains("webhook.target.userInfo");
        assertThat(check("https://nowhere.example.org/")).contains("webhook.target.unknownHost");
    }

    @Test
    void hostsTheOperatorAllowsAreExemptAndOnlyThose() {
        assertThat(check("http://127.0.0.1:8080/hook", "127.0.0.1")).isEmpty();
        assertThat(check("http://LOCALHOST/hook", "localhost")).isEmpty();
        assertThat(check("http://[::1]/hook", "::1")).isEmpty();
        assertThat(check("http://127.0.0.2/hook", "127.0.0.1")).contains("webhook.target.internal");
        assertThat(WebhookTargets.parse(" intranet.musterstadt.de , [::1],,")).containsExactlyInAnyOrder(
                "intranet.musterstadt.de", "::1");
    }
}
