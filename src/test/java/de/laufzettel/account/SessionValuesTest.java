package de.laufzettel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionValuesTest {
    private final SessionValues values = new SessionValues();

    private byte[] bytes(Object value) {
        return values.convert(value, byte[].class);
    }

    private static SecurityContext signedIn(String email) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(UUID.randomUUID(), email), null, List.of()));
    }

    @Test
    void signingOutOneRequestLeavesTheNextReadOfTheSameBytesSignedIn() {
        byte[] stored = bytes(signedIn("a@example.org"));
        SecurityContext first = (SecurityContext) values.convert(stored.clone(), Object.class);
        first.setAuthentication(null); // what signing out does to the context it is given
        SecurityContext second = (SecurityContext) values.convert(stored.clone(), Object.class);
        assertThat(second.getAuthentication()).isNotNull();
        assertThat(((SignedInUser) second.getAuthentication().getPrincipal()).email()).isEqualTo("a@example.org");
    }

    @Test
    void otherBytesAreReadAfresh() {
        Object a = values.convert(bytes(signedIn("a@example.org")), Object.class);
        Object b = values.convert(bytes(signedIn("b@example.org")), Object.class);
        assertThat(((SignedInUser) ((SecurityContext) a).getAuthentication().getPrincipal()).email()).isEqualTo("a@example.org");
        assertThat(((SignedInUser) ((SecurityContext) b).getAuthentication().getPrincipal()).email()).isEqualTo("b@example.org");
        assertThat(values.convert(bytes(Locale.ENGLISH), Object.class)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void changeableValuesAreNeverShared() {
        ArrayList<String> list = new ArrayList<>(List.of("x"));
        byte[] stored = bytes(list);
        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) values.convert(stored, Object.class);
        first.add("changed");
        assertThat(values.convert(stored, Object.class)).isEqualTo(List.of("x"));
    }
}
