package org.trellis.framework.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an import did about pay ranges, for its preview: where the draft's ranges came from, the
 * bands whose range was kept from the version in force, and the bands left without a range.
 *
 * <p>A workbook with a Pay sheet says every band's range ({@link From#WORKBOOK}; the rules saw to it
 * that every band has one). A workbook without one says nothing about pay, so the draft keeps the
 * ranges of the version in force for the bands that still have a level ({@link From#VERSION_IN_FORCE});
 * a band new in the draft has no range, and a band the draft drops loses its range (the diff shows it
 * as removed). Without a version in force, or one without ranges, the draft has none ({@link From#NONE}).
 *
 * @param keptFromVersion the number of the version in force the ranges were kept from, else null
 * @param currency the draft's currency, null when it has no ranges
 */
public record PayRangesKept(From from, Integer keptFromVersion, List<Integer> keptBands, List<Integer> bandsWithoutRange,
        String currency) implements Serializable {

    public enum From {
        WORKBOOK,
        VERSION_IN_FORCE,
        NONE
    }

    public PayRangesKept {
        keptBands = List.copyOf(keptBands);
        bandsWithoutRange = List.copyOf(bandsWithoutRange);
    }

    /** A judged ladder with the pay ranges it will be stored with, and what the preview says about them. */
    public record Carried(Ladder ladder, PayRangesKept kept) implements Serializable {
    }

    /**
     * The draft's pay ranges: the Pay sheet's, or else those of the version in force ({@code inForce},
     * number {@code inForceNumber}) for the bands of {@code judged} that have a level.
     *
     * @param judged a ladder that passed {@link LadderRules#requireSound}
     */
    public static Carried carry(Ladder judged, Optional<Ladder> inForce, Integer inForceNumber) {
        if (judged.paySheet()) {
            String currency = judged.payRanges().isEmpty() ? null : judged.payRanges().get(0).currency();
            return new Carried(judged, new PayRangesKept(From.WORKBOOK, null, List.of(), List.of(), currency));
        }
        Set<Integer> bands = judged.bandsWithLevels();
        List<Ladder.PayRange> kept = inForce.map(ladder -> ladder.payRanges().stream()
                .filter(range -> bands.contains(range.band())).toList()).orElse(List.of());
        List<Integer> keptBands = kept.stream().map(Ladder.PayRange::band).toList();
        List<Integer> without = bands.stream().filter(band -> !keptBands.contains(band)).toList();
        Ladder ladder = judged.withPayRanges(kept, false);
        if (kept.isEmpty()) {
            return new Carried(ladder, new PayRangesKept(From.NONE, null, List.of(), without, null));
        }
        return new Carried(ladder, new PayRangesKept(From.VERSION_IN_FORCE, inForceNumber, keptBands, without,
                kept.get(0).currency()));
    }

    /** For the audit trail: "pay ranges of bands [1, 2] kept from version 3, bands without a range: [4]". */
    public String describe() {
        return switch (from) {
            case WORKBOOK -> "pay ranges from the workbook";
            case VERSION_IN_FORCE -> "pay ranges of bands " + keptBands + " kept from version " + keptFromVersion
                    + (bandsWithoutRange.isEmpty() ? "" : ", bands without a range: " + bandsWithoutRange);
            case NONE -> "no pay ranges";
        };
    }
}
