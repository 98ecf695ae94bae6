package de.laufzettel.comment;

import de.laufzettel.project.ProjectMember;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a comment mentions. A person is mentioned as {@code @handle}, the part of their
 * e-mail address before the {@code @} (for anna.amtmann@musterstadt.de: {@code @anna.amtmann}).
 */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([\\p{L}\\p{N}._-]+)");

    private Mentions() {
    }

    /** A project member's handle. */
    public static String handle(ProjectMember member) {
        return member.email().substring(0, member.email().indexOf('@')).toLowerCase(Locale.ROOT);
    }

    /** The members a text mentions, in order of first mention. */
    public static Set<UUID> in(String text, List<ProjectMember> members) {
        Set<UUID> found = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String handle = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", "");
            members.stream().filter(member -> handle(member).equals(handle)).findFirst()
                    .ifPresent(member -> found.add(member.userId()));
        }
        return found;
    }
}
