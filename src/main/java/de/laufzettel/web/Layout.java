package de.laufzettel.web;

import java.util.List;

/**
 * What the page frame shows around every signed-in page: who is signed in, the organisation in
 * view (null on pages outside one, like the profile) and the others the account belongs to.
 */
public record Layout(String userName, OrgLink current, boolean currentIsAdmin, List<OrgLink> organizations,
        int unread) {

    /** An organisation as the switcher shows it. */
    public record OrgLink(String slug, String name) {
    }

    /** The initials shown in the avatar. */
    public String initials() {
        return Initials.of(userName);
    }
}
