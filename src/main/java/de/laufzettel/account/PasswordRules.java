package de.laufzettel.account;

import de.laufzettel.web.Form;

/** What a new password must be like; shared by sign-up, invitations and the profile. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** Records on {@code form} what is wrong with the password in {@code field}. */
    public static void check(Form form, String field) {
        String password = form.value(field);
        if (password.length() < MIN_LENGTH) {
            form.reject(field, "validation.password.tooShort");
        } else if (password.length() > MAX_LENGTH) {
            form.reject(field, "validation.tooLong.200");
        }
    }
}
