package org.trellis.pay.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trellis.pay.entity.PayStatement;
import org.trellis.pay.entity.PayStatement.Group;
import org.trellis.pay.entity.Sex;

/**
 * The averages a person's right to information names: the mean pay of their band (all tracks
 * together) and, where sex is recorded, of each sex on it. A group of fewer than
 * {@value PayStatement#MINIMUM_GROUP} people shows no figure and says so — not even how many it
 * holds, which with a small group comes close to naming them. Only pay in the band's currency counts.
 */
public final class BandAverages {

    /** One person's pay in force, and their sex as recorded (null: not recorded). */
    public record Member(BigDecimal amount, String currency, Sex sex) {
    }

    public static final String TOO_FEW = "fewer than " + PayStatement.MINIMUM_GROUP + " people: not shown";
    public static final String NO_BAND = "not on a level of a career framework: no band to compare with";

    private BandAverages() {
    }

    public static PayStatement.Averages of(List<Member> members, String currency) {
        List<Member> counted = members.stream().filter(m -> currency != null && currency.equals(m.currency())).toList();
        Map<Sex, List<Member>> bySex = new EnumMap<>(Sex.class);
        for (Member member : counted) {
            if (member.sex() != null) {
                bySex.computeIfAbsent(member.sex(), s -> new ArrayList<>()).add(member);
            }
        }
        List<Group> sexes = new ArrayList<>();
        bySex.forEach((sex, group) -> sexes.add(group(sex, group, currency)));
        return new PayStatement.Averages(group(null, counted, currency), sexes);
    }

    public static PayStatement.Averages withheld(String why) {
        return new PayStatement.Averages(new Group(null, null, null, null, why), List.of());
    }

    private static Group group(Sex sex, List<Member> group, String currency) {
        if (group.size() < PayStatement.MINIMUM_GROUP) {
            return new Group(sex, null, null, currency, TOO_FEW);
        }
        BigDecimal sum = group.stream().map(Member::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Group(sex, group.size(), sum.divide(BigDecimal.valueOf(group.size()), 2, RoundingMode.HALF_EVEN),
                currency, null);
    }
}
