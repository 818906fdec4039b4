package org.trellis.framework.control;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trellis.framework.entity.Competency;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.PayRange;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;

/** Turns a sound {@link Ladder} into a version's entities, and a stored version back into a ladder. */
@Dependent
public class LadderAssembler {

    /** Fills an empty draft with a ladder that passed {@link LadderRules#requireSound}. */
    public void fill(FrameworkVersion draft, Ladder ladder) {
        Map<String, Track> tracks = new HashMap<>();
        for (Ladder.Track track : ladder.tracks()) {
            tracks.put(track.code(), draft.addTrack(track.code(), track.name(), TrackKind.valueOf(track.kindText()),
                    track.description()));
        }
        Map<String, Level> levels = new HashMap<>();
        for (Ladder.Level level : ladder.levels()) {
            levels.put(level.code(), tracks.get(level.trackCode()).addLevel(level.code(), level.title(), level.band(),
                    level.summary()));
        }
        Map<String, Competency> competencies = new HashMap<>();
        for (Ladder.Competency competency : ladder.competencies()) {
            competencies.put(competency.code(), draft.addCompetency(competency.code(), competency.name(),
                    competency.category(), competency.description()));
        }
        for (Ladder.Expectation expectation : ladder.expectations()) {
            levels.get(expectation.levelCode()).expect(competencies.get(expectation.competency()), expectation.text());
        }
        for (Ladder.PayRange range : ladder.payRanges()) {
            draft.addPayRange(range.band(), range.currency(), new BigDecimal(range.minimum()),
                    new BigDecimal(range.midpoint()), new BigDecimal(range.maximum()));
        }
    }

    /** A stored range as the ladder writes it: amounts with two decimals, as the rules make them. */
    public static Ladder.PayRange rangeOf(PayRange range) {
        return new Ladder.PayRange(String.valueOf(range.getBand()), range.getCurrency(),
                range.getMinimum().toPlainString(), range.getMidpoint().toPlainString(),
                range.getMaximum().toPlainString(), Ladder.Source.NOWHERE);
    }

    /** The stored version as a ladder: tracks and levels in ladder order, competencies in sheet order. */
    public Ladder ladderOf(FrameworkVersion version) {
        List<Ladder.Track> tracks = new ArrayList<>();
        List<Ladder.Level> levels = new ArrayList<>();
        List<Ladder.Expectation> expectations = new ArrayList<>();
        List<Competency> competencyOrder = version.getCompetencies();
        for (Track track : version.getTracks()) {
            tracks.add(new Ladder.Track(track.getCode(), track.getName(), track.getKind().name(), track.getDescription(),
                    Ladder.Source.NOWHERE));
            for (Level level : track.getLevels()) {
                levels.add(new Ladder.Level(track.getCode(), level.getCode(), level.getTitle(),
                        String.valueOf(level.getBand()), level.getSummary(), Ladder.Source.NOWHERE));
                Map<Long, String> texts = new HashMap<>();
                for (Expectation expectation : level.getExpectations()) {
                    texts.put(expectation.getCompetency().getId(), expectation.getText());
                }
                for (Competency competency : competencyOrder) {
                    String text = texts.get(competency.getId());
                    if (text != null) {
                        expectations.add(new Ladder.Expectation(track.getCode(), level.getCode(), competency.getCode(),
                                text, Ladder.Source.NOWHERE));
                    }
                }
            }
        }
        List<Ladder.Competency> competencies = competencyOrder.stream()
                .map(c -> new Ladder.Competency(c.getCode(), c.getName(), c.getCategory(), c.getDescription(),
                        Ladder.Source.NOWHERE))
                .toList();
        List<Ladder.PayRange> ranges = version.getPayRanges().stream().map(LadderAssembler::rangeOf).toList();
        return new Ladder(version.getFramework().getName(), version.getLabel(), version.getDescription(), tracks, levels,
                competencies, expectations, Ladder.Source.NOWHERE, List.of(), ranges, !ranges.isEmpty());
    }
}
