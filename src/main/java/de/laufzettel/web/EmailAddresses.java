package de.laufzettel.web;

import java.util.regex.Pattern;

/** A deliberately plain check of e-mail addresses: one @, a dot in the domain, no blanks or control characters. */
public final class EmailAddresses {
    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAIN = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private EmailAddresses() {
    }

    /** Whether {@code email} looks like an address mail can be sent to. */
    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && PLAIN.matcher(email).matches();
    }

    /** Normalises the field on {@code form} and records what is wrong with it. */
    public static void check(Form form, String field) {
        String email = form.value(field).strip();
        form.with(field, email);
        if (email.isEmpty()) {
            form.reject(field, "validation.required");
        } else if (!isValid(email)) {
            form.reject(field, "validation.email");
        }
    }
}
