package de.laufzettel.exchange;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A file that cannot be imported, with the one line that says why. Nothing has been written.
 *
 * <p>Refusals about what a person chose or uploaded (board imports, the kind of archive) carry a
 * message key and are shown in the reader's language; refusals of an archive's structure (hashes,
 * paths, references), which operators meet on the command line and organisation admins when
 * importing a project archive, carry their English text.
 */
public class ImportRefused extends RuntimeException {
    private final Reason reason;

    public ImportRefused(String message) {
        super(message);
        this.reason = null;
    }

    private ImportRefused(Reason reason) {
        super(reason.key() + " " + reason.args());
        this.reason = reason;
    }

    /** A refusal told by the message {@code key} with its arguments. */
    static ImportRefused because(String key, Object... args) {
        return new ImportRefused(new Reason(key, List.of(args)));
    }

    /** The reason in {@code locale}. */
    public String text(MessageSource messages, Locale locale) {
        return reason == null ? getMessage() : reason.text(messages, locale);
    }

    /** The reason as a message key with arguments, or null when it is an operator's English text. */
    public Reason reason() {
        return reason;
    }

    /** Why something is refused or skipped, as a message key and its arguments. */
    public record Reason(String key, List<Object> args) {
        public static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }

        public String text(MessageSource messages, Locale locale) {
            return messages.getMessage(key, args.toArray(), key, locale);
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }
}
