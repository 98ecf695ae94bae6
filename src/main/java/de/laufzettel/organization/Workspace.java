package de.laufzettel.organization;

import de.laufzettel.account.Accounts;
import de.laufzettel.web.Layout;
import de.laufzettel.web.Layouts;
import de.laufzettel.web.Layout.OrgLink;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds the page frame for a signed-in account. */
@Component
public class Workspace implements Layouts {
    private final Accounts accounts;
    private final Memberships memberships;
    private final de.laufzettel.web.Inbox inbox;

    Workspace(Accounts accounts, Memberships memberships, de.laufzettel.web.Inbox inbox) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.inbox = inbox;
    }

    /** The frame for a page inside the member's organisation. */
    public Layout layout(CurrentMember member) {
        return build(member.userId(), new OrgLink(member.slug(), member.organization().name()), member.isAdmin());
    }

    /** The frame for a page outside any organisation, such as the profile. */
    @Override
    public Layout outsideOrganization(UUID accountId) {
        return build(accountId, null, false);
    }

    private Layout build(UUID accountId, OrgLink current, boolean admin) {
        String name = accounts.findById(accountId).map(a -> a.name()).orElse("");
        var orgs = memberships.organizationsOf(accountId).stream()
                .map(o -> new OrgLink(o.slug(), o.name())).toList();
        return new Layout(name, current, admin, orgs, inbox.unread(accountId));
    }
}
