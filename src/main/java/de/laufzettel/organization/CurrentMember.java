package de.laufzettel.organization;

import java.util.UUID;

/**
 * The signed-in account as an active member of the organisation named in the URL. A controller
 * that takes one as a parameter only runs when the membership was found in SQL; everyone else
 * gets a 404, exactly as for an organisation that does not exist.
 */
public record CurrentMember(Organization organization, UUID userId, Role role) {
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public UUID organizationId() {
        return organization.id();
    }

    public String slug() {
        return organization.slug();
    }
}
