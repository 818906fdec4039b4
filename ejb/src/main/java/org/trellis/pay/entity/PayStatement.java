package org.trellis.pay.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.trellis.people.entity.PersonRef;

/**
 * What a person may know of their own pay (and what their HR partner and ADMIN read):
 * {@code GET /api/employees/{number}/pay} and the "Your pay" section of their page. Never part of
 * anything that describes a person to others.
 *
 * @param current the pay in force today, or null when none is recorded
 * @param history every record, the latest first (a future one included: it starts on its date)
 * @param sex as recorded for pay reporting, or null when not recorded
 * @param band the person's band and the range the published framework version gives it, or null
 *        when they are on no level
 * @param averages the right-to-information averages of the band, each withheld for fewer than
 *        {@value #MINIMUM_GROUP} people
 */
public record PayStatement(PersonRef employee, Pay current, List<Pay> history, Sex sex, Band band, Averages averages)
        implements Serializable {

    /** No average is shown of a group smaller than this (it would come close to telling a person's pay). */
    public static final int MINIMUM_GROUP = 5;

    /** One pay record: {@code request} is the id of the approved request it came with, or null. */
    public record Pay(BigDecimal amount, String currency, LocalDate from, PaySource source, Long request)
            implements Serializable {
        public static Pay of(PayRecord record) {
            return new Pay(record.getAmount(), record.getCurrency(), record.getEffectiveFrom(), record.getSource(),
                    record.getRequest() == null ? null : record.getRequest().getId());
        }
    }

    /** The person's band, the level they stand on, and the band's range (null when the framework gives none). */
    public record Band(int band, String level, String levelTitle, String framework, Range range) implements Serializable {
    }

    public record Range(String currency, BigDecimal minimum, BigDecimal midpoint, BigDecimal maximum)
            implements Serializable {
    }

    /**
     * @param all everyone on the band, all tracks together
     * @param bySex one entry per sex recorded on the band
     */
    public record Averages(Group all, List<Group> bySex) implements Serializable {
    }

    /**
     * One group's average: {@code average} and {@code people} are null when {@code withheld} says why
     * (fewer than {@value PayStatement#MINIMUM_GROUP} people, or no band).
     *
     * @param sex null for the whole band
     */
    public record Group(Sex sex, Integer people, BigDecimal average, String currency, String withheld)
            implements Serializable {

        /** For pages; the JSON says it by {@code withheld} alone. */
        @jakarta.json.bind.annotation.JsonbTransient
        public boolean isShown() {
            return withheld == null;
        }
    }
}
