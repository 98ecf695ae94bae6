package de.laufzettel.board;

import de.laufzettel.project.ProjectCreated;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Every new project starts with "Offen", "In Arbeit", "Erledigt" (in its creator's language). */
@Component
class DefaultSections {
    private final Sections sections;
    private final MessageSource messages;

    DefaultSections(Sections sections, MessageSource messages) {
        this.sections = sections;
        this.messages = messages;
    }

    @EventListener
    void projectCreated(ProjectCreated event) {
        List<String> names = List.of("board.section.open", "board.section.inProgress", "board.section.done").stream()
                .map(key -> messages.getMessage(key, null, LocaleContextHolder.getLocale()))
                .toList();
        sections.append(event.organizationId(), event.projectId(), event.createdBy(), names);
    }
}
