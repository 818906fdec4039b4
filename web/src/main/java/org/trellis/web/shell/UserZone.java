package org.trellis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times are stored in UTC and shown in the user's zone, which their browser reports in a cookie
 * (resources/js/trellis.js); without it, pages show UTC and say so.
 */
@Named("zone")
@RequestScoped
public class UserZone {

    static final String COOKIE = "trellis-tz";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    private ZoneId zone;

    public ZoneId getId() {
        if (zone == null) {
            zone = fromCookie();
        }
        return zone;
    }

    /** "2026-11-25 14:05" in the user's zone; empty for no time. */
    public String format(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(getId()).format(DATE_TIME);
    }

    public String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Whole days from a moment until now, for "waiting for 3 days". */
    public long daysSince(OffsetDateTime at) {
        return at == null ? 0 : java.time.Duration.between(at, OffsetDateTime.now(clock)).toDays();
    }

    /** True when a day is today or past, in the user's zone: a due date that needs a decision now. */
    public boolean reached(LocalDate day) {
        return day != null && !day.isAfter(getToday());
    }

    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(getId()));
    }

    public String getName() {
        return getId().getId();
    }

    private static ZoneId fromCookie() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    try {
                        return ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                    } catch (DateTimeException | IllegalArgumentException unknown) {
                        return ZoneOffset.UTC;
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
