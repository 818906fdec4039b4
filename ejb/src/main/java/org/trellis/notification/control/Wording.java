package org.trellis.notification.control;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.trellis.people.entity.Employee;

/**
 * The words of every notification and mail, from the bundle
 * {@code org/trellis/notification/Notifications.properties} (English), through {@link MessageFormat}.
 * A message {@code key} has a {@code key.title} and a {@code key.body}. Arguments are written for a
 * person before they are put in: a day as "4 January 2027", a moment as "4 January 2027 at 14:30
 * UTC", a person by their name, an enum value by its words ({@code enum.<Type>.<VALUE>} in the
 * bundle: {@code enum.Party.CURRENT_MANAGER} is "as their current manager"), a number without
 * grouping (request 1234, not 1,234). A missing key is a programming error and fails loudly
 * (WordingTest renders every key).
 */
public final class Wording {

    public static final String BUNDLE = "org.trellis.notification.Notifications";
    public static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm 'UTC'", LOCALE);

    /** A rendered notification. */
    public record Text(String title, String body) {
    }

    private Wording() {
    }

    /** The title and body of message {@code key}. */
    public static Text message(String key, Object... args) {
        return new Text(phrase(key + ".title", args), phrase(key + ".body", args));
    }

    /** One pattern of the bundle, filled. */
    public static String phrase(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), LOCALE).format(prepared(args));
    }

    /** An enum value in words ("as director", "track change"). */
    public static String words(Enum<?> value) {
        return bundle().getString("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** "4 January 2027". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "4 January 2027 at 14:30 UTC". */
    public static String moment(OffsetDateTime at) {
        return MOMENT.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, LOCALE, Wording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Object[] prepared(Object[] args) {
        Object[] prepared = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            prepared[i] = written(args[i]);
        }
        return prepared;
    }

    private static String written(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof LocalDate day) {
            return day(day);
        }
        if (arg instanceof OffsetDateTime at) {
            return moment(at);
        }
        if (arg instanceof Employee person) {
            return person.getName();
        }
        if (arg instanceof Enum<?> value) {
            return words(value);
        }
        return arg.toString();
    }
}
