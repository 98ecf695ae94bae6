package de.laufzettel.project;

/** What someone may do in a project; each role includes the ones below it. */
public enum ProjectRole {
    READER, COMMENTER, MEMBER, ADMIN;

    public String code() {
        return name().toLowerCase();
    }

    /** The role for a stored or submitted value, or null. */
    public static ProjectRole fromCode(String code) {
        for (ProjectRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        return null;
    }

    public boolean atLeast(ProjectRole other) {
        return compareTo(other) >= 0;
    }
}
