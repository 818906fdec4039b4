package org.trellis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The application's one clock: every boundary and control that needs "now" or "today" injects a
 * {@link Clock} from here, and entities are handed the time by their callers. So a test can move
 * time (a reminder falls due, an effective date comes) instead of moving its data back.
 * <p>
 * It is the system clock in UTC (dates are stored in UTC, docs/DESIGN.md, invariant 8), unless the
 * domain is started with {@value #OFFSET_PROPERTY} (or {@code TRELLIS_CLOCK_OFFSET}): an ISO-8601
 * duration such as {@code P10D} or {@code -PT6H} that the clock runs ahead of (or behind) the system
 * clock. It is read once at start-up from the JVM's settings, which only whoever runs the server
 * can change; nothing in the application can set it, and a start with an offset says so in the log.
 */
@ApplicationScoped
public class Clocks {

    public static final String OFFSET_PROPERTY = "trellis.clock.offset";

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    private Clock clock;

    @PostConstruct
    void start() {
        clock = of(Clocks::setting);
    }

    /**
     * Dependent, so that no proxy stands between a caller and {@code java.time.Clock}; every
     * injection receives the same clock, made once for the application.
     */
    @Produces
    Clock clock() {
        return clock;
    }

    /** The clock that {@code settings} (a property or variable by property name) asks for. */
    static Clock of(UnaryOperator<String> settings) {
        Clock system = Clock.systemUTC();
        String offset = settings.apply(OFFSET_PROPERTY);
        if (offset == null) {
            return system;
        }
        Duration by;
        try {
            by = Duration.parse(offset.strip());
        } catch (DateTimeParseException e) {
            // Refuse to start rather than run on a clock nobody meant.
            throw new IllegalStateException(OFFSET_PROPERTY + " is not an ISO-8601 duration (e.g. P10D, -PT6H): " + offset, e);
        }
        if (by.isZero()) {
            return system;
        }
        LOG.warning("The application's clock runs " + by + " off the system clock (" + OFFSET_PROPERTY + ")");
        return Clock.offset(system, by);
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
