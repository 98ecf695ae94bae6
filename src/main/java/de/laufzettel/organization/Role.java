package de.laufzettel.organization;

/** What a member may do in an organisation. */
public enum Role {
    ADMIN, MEMBER;

    /** The value stored in the database and sent by forms. */
    public String code() {
        return name().toLowerCase();
    }

    /** The role for a stored or submitted value, or null when there is none such. */
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        return null;
    }
}
