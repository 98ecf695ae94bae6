package de.laufzettel.organization;

import de.laufzettel.account.Account;
import de.laufzettel.account.Accounts;
import de.laufzettel.database.Reads;
import de.laufzettel.web.Inbox;
import de.laufzettel.web.Layout;
import de.laufzettel.web.Layout.OrgLink;
import de.laufzettel.web.Layouts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Builds the page frame for a signed-in account. Its three reads (name, organisations, unread
 * count) go to the database in one round trip, and a page can add them to its own reads
 * ({@link #layout(Reads.Together, CurrentMember)}) so that frame and content share one.
 */
@Component
public class Workspace implements Layouts {
    private final Accounts accounts;
    private final Memberships memberships;
    private final Inbox inbox;
    private final Reads reads;

    Workspace(Accounts accounts, Memberships memberships, Inbox inbox, Reads reads) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.inbox = inbox;
        this.reads = reads;
    }

    /** The frame for a page inside the member's organisation. */
    public Layout layout(CurrentMember member) {
        return reads.run(together -> layout(together, member));
    }

    /** The frame for a page inside the member's organisation, read together with the page's own reads. */
    public Supplier<Layout> layout(Reads.Together together, CurrentMember member) {
        return build(together, member.userId(), new OrgLink(member.slug(), member.organization().name()),
                member.isAdmin());
    }

    /** The frame for a page outside any organisation, such as the profile. */
    @Override
    public Layout outsideOrganization(UUID accountId) {
        return reads.run(together -> outsideOrganization(together, accountId));
    }

    @Override
    public Supplier<Layout> outsideOrganization(Reads.Together together, UUID accountId) {
        return build(together, accountId, null, false);
    }

    private Supplier<Layout> build(Reads.Together together, UUID accountId, OrgLink current, boolean admin) {
        Supplier<Optional<Account>> account = together.add(accounts.readById(accountId));
        Supplier<List<Organization>> organizations = together.add(memberships.readOrganizationsOf(accountId));
        Supplier<Integer> unread = together.add(inbox.readUnread(accountId));
        return () -> new Layout(account.get().map(Account::name).orElse(""), current, admin,
                organizations.get().stream().map(o -> new OrgLink(o.slug(), o.name())).toList(), unread.get());
    }
}
