package org.trellis.framework.control;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.trellis.framework.entity.TrackKind;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/**
 * The rules a career framework version must satisfy, in one place for the import, the API and the
 * pages: codes unique; bands whole numbers ≥ 1 that never decrease along a track; at least one IC
 * track; every band a management track uses also on an IC track (the equally senior IC path);
 * every matrix reference known; a competency once per matrix; and, when the ladder has a Pay sheet,
 * one sound pay range for every band that has a level, and none for a band that has not, in one
 * currency. Pure, so every rule has a fast test.
 */
@Dependent
public class LadderRules {

    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4000;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Excel's limit for a sheet name, which a track code is, for its matrix. */
    static final int MAX_SHEET_NAME = 31;
    static final Set<String> RESERVED_SHEETS = Set.of("FRAMEWORK", "TRACKS", "LEVELS", "COMPETENCIES", "PAY");

    /**
     * Judges a ladder and returns it with every reference made canonical (track, level and
     * competency codes as defined; kinds in capitals).
     *
     * @throws ImportRefused with every problem found, each at its sheet and cell
     */
    public Ladder requireSound(Ladder ladder) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Ladder.Track> tracks = tracks(ladder, problems);
        Map<String, Ladder.Level> levels = levels(ladder, tracks, problems);
        Map<String, Ladder.Competency> competencies = competencies(ladder, problems);
        List<Ladder.Expectation> expectations = expectations(ladder, tracks, levels, competencies, problems);
        List<Ladder.PayRange> payRanges = ladder.paySheet() ? payRanges(ladder, problems) : List.of();
        if (ladder.name().length() > MAX_NAME) {
            problems.add(at(ladder.frameworkSource(), "Name", "The framework name is longer than " + MAX_NAME + " characters"));
        }
        if (ladder.versionLabel().length() > MAX_NAME) {
            problems.add(at(ladder.frameworkSource(), "Version", "The version label is longer than " + MAX_NAME + " characters"));
        }
        if (ladder.description().length() > MAX_TEXT) {
            problems.add(at(ladder.frameworkSource(), "Description", "The framework description is longer than "
                    + MAX_TEXT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        List<Ladder.Track> canonicalTracks = ladder.tracks().stream()
                .map(t -> new Ladder.Track(t.code(), t.name(), t.kind().name(), t.description(), t.source())).toList();
        List<Ladder.Level> canonicalLevels = ladder.levels().stream()
                .map(l -> new Ladder.Level(tracks.get(key(l.trackCode())).code(), l.code(), l.title(),
                        String.valueOf(l.band()), l.summary(), l.source()))
                .toList();
        return new Ladder(ladder.name(), ladder.versionLabel(), ladder.description(), canonicalTracks, canonicalLevels,
                ladder.competencies(), expectations, ladder.frameworkSource(), ladder.columns(), payRanges,
                ladder.paySheet());
    }

    /** ISO 4217: three letters (written in any case, kept in capitals). */
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** What NUMERIC(14,2) holds: below a trillion. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /**
     * The Pay sheet: one range per band that has a level (so the IC and the management level of a band
     * share it), none for a band without a level, no band twice, one currency for the whole framework,
     * amounts positive numbers with minimum ≤ midpoint ≤ maximum. Amounts are kept to the cent.
     */
    private static List<Ladder.PayRange> payRanges(Ladder ladder, List<ImportProblem> problems) {
        Map<Integer, Ladder.Level> firstLevelOfBand = new java.util.TreeMap<>();
        Map<Integer, List<String>> codesOfBand = new HashMap<>();
        for (Ladder.Level level : ladder.levels()) {
            band(level.bandText()).ifPresent(band -> {
                firstLevelOfBand.putIfAbsent(band, level);
                codesOfBand.computeIfAbsent(band, b -> new ArrayList<>()).add(level.code());
            });
        }
        List<Ladder.PayRange> canonical = new ArrayList<>();
        Map<Integer, Ladder.PayRange> seen = new HashMap<>();
        Ladder.PayRange currencySetter = null;
        for (Ladder.PayRange range : ladder.payRanges()) {
            Optional<Integer> band = band(range.bandText());
            if (range.bandText().isEmpty()) {
                problems.add(at(range.source(), Ladder.PayRange.BAND, "Band is required: the band this range is for"));
            } else if (band.isEmpty()) {
                problems.add(at(range.source(), Ladder.PayRange.BAND, "Band '" + abbreviate(range.bandText())
                        + "' must be a whole number of 1 or more"));
            } else if (seen.containsKey(band.get())) {
                problems.add(at(range.source(), Ladder.PayRange.BAND, "Band " + band.get() + " already has a pay range"
                        + where(seen.get(band.get()).source()) + ": one range per band, whatever the track"));
                band = Optional.empty();
            } else {
                seen.put(band.get(), range);
                if (!firstLevelOfBand.containsKey(band.get())) {
                    problems.add(at(range.source(), Ladder.PayRange.BAND, "Band " + band.get()
                            + " has no level in the Levels sheet: a pay range belongs to a band that has a level"));
                }
            }
            String currency = range.currency().strip().toUpperCase(Locale.ROOT);
            boolean currencyOk = true;
            if (currency.isEmpty()) {
                problems.add(at(range.source(), Ladder.PayRange.CURRENCY, "Currency is required (e.g. EUR)"));
                currencyOk = false;
            } else if (!CURRENCY.matcher(currency).matches()) {
                problems.add(at(range.source(), Ladder.PayRange.CURRENCY, "Currency '" + abbreviate(range.currency())
                        + "' must be a three-letter ISO 4217 code such as EUR"));
                currencyOk = false;
            } else if (currencySetter == null) {
                currencySetter = range;
            } else if (!currency.equals(currencySetter.currency().strip().toUpperCase(Locale.ROOT))) {
                problems.add(at(range.source(), Ladder.PayRange.CURRENCY, "Currency " + currency + " differs from "
                        + currencySetter.currency().strip().toUpperCase(Locale.ROOT) + where(currencySetter.source())
                        + ": a framework has one currency for all its ranges"));
                currencyOk = false;
            }
            Optional<BigDecimal> minimum = amount(range, Ladder.PayRange.MINIMUM, range.minimum(), problems);
            Optional<BigDecimal> midpoint = amount(range, Ladder.PayRange.MIDPOINT, range.midpoint(), problems);
            Optional<BigDecimal> maximum = amount(range, Ladder.PayRange.MAXIMUM, range.maximum(), problems);
            boolean ordered = true;
            if (minimum.isPresent() && midpoint.isPresent() && minimum.get().compareTo(midpoint.get()) > 0) {
                problems.add(at(range.source(), Ladder.PayRange.MIDPOINT, "Midpoint " + plain(midpoint.get())
                        + " is below the minimum " + plain(minimum.get()) + ": minimum ≤ midpoint ≤ maximum"));
                ordered = false;
            }
            if (midpoint.isPresent() && maximum.isPresent() && midpoint.get().compareTo(maximum.get()) > 0) {
                problems.add(at(range.source(), Ladder.PayRange.MAXIMUM, "Maximum " + plain(maximum.get())
                        + " is below the midpoint " + plain(midpoint.get()) + ": minimum ≤ midpoint ≤ maximum"));
                ordered = false;
            } else if (midpoint.isEmpty() && minimum.isPresent() && maximum.isPresent()
                    && minimum.get().compareTo(maximum.get()) > 0) {
                problems.add(at(range.source(), Ladder.PayRange.MAXIMUM, "Maximum " + plain(maximum.get())
                        + " is below the minimum " + plain(minimum.get()) + ": minimum ≤ midpoint ≤ maximum"));
                ordered = false;
            }
            if (band.isPresent() && currencyOk && minimum.isPresent() && midpoint.isPresent() && maximum.isPresent()
                    && ordered) {
                canonical.add(new Ladder.PayRange(String.valueOf(band.get()), currency, plain(minimum.get()),
                        plain(midpoint.get()), plain(maximum.get()), range.source()));
            }
        }
        firstLevelOfBand.forEach((band, level) -> {
            if (!seen.containsKey(band)) {
                problems.add(at(level.source(), Ladder.Level.BAND, "Band " + band + " ("
                        + String.join(", ", codesOfBand.get(band)) + ") has no pay range: add a row for band " + band
                        + " to the Pay sheet"));
            }
        });
        canonical.sort(java.util.Comparator.comparingInt(Ladder.PayRange::band));
        return canonical;
    }

    private static Optional<BigDecimal> amount(Ladder.PayRange range, String field, String text,
            List<ImportProblem> problems) {
        if (text.isBlank()) {
            problems.add(at(range.source(), field, field + " is required: an amount in the framework's currency"));
            return Optional.empty();
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(at(range.source(), field, field + " '" + abbreviate(text) + "' is not a number: write the"
                    + " amount as a number, without the currency or thousands separators"));
            return Optional.empty();
        }
        if (amount.setScale(2, java.math.RoundingMode.HALF_EVEN).signum() <= 0) {
            problems.add(at(range.source(), field, field + " " + amount.toPlainString() + " must be a positive amount"));
            return Optional.empty();
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0) {
            problems.add(at(range.source(), field, field + " " + amount.toPlainString() + " is too large"));
            return Optional.empty();
        }
        return Optional.of(amount.setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static Map<String, Ladder.Track> tracks(Ladder ladder, List<ImportProblem> problems) {
        Map<String, Ladder.Track> tracks = new LinkedHashMap<>();
        if (ladder.tracks().isEmpty()) {
            problems.add(ImportProblem.ofSheet("Tracks", "The framework has no tracks: add at least one IC track"));
        }
        boolean anyIc = false;
        for (Ladder.Track track : ladder.tracks()) {
            boolean codeOk = code(track.code(), "Track code", track.source(), Ladder.Track.CODE, problems);
            if (codeOk && (track.code().length() > MAX_SHEET_NAME || RESERVED_SHEETS.contains(key(track.code())))) {
                problems.add(at(track.source(), Ladder.Track.CODE, "Track code " + track.code() + " also names its matrix"
                        + " sheet: at most " + MAX_SHEET_NAME + " characters, and not Framework, Tracks, Levels, Competencies or Pay"));
            }
            text(track.name(), "Track name", MAX_NAME, true, track.source(), Ladder.Track.NAME, problems);
            text(track.description(), "Description", MAX_TEXT, false, track.source(), "Description", problems);
            Optional<TrackKind> kind = kind(track.kindText());
            if (kind.isEmpty()) {
                problems.add(at(track.source(), Ladder.Track.KIND, "Kind '" + abbreviate(track.kindText())
                        + "' must be IC or MANAGEMENT"));
            }
            anyIc |= kind.filter(k -> k == TrackKind.IC).isPresent();
            if (codeOk) {
                Ladder.Track earlier = tracks.putIfAbsent(key(track.code()), track);
                if (earlier != null) {
                    problems.add(at(track.source(), Ladder.Track.CODE, "Track code " + track.code() + " is already used"
                            + where(earlier.source())));
                }
            }
        }
        if (!ladder.tracks().isEmpty() && !anyIc) {
            problems.add(ImportProblem.ofSheet("Tracks", "There is no IC track: the individual-contributor path is"
                    + " what makes the framework dual-track"));
        }
        return tracks;
    }

    private static Map<String, Ladder.Level> levels(Ladder ladder, Map<String, Ladder.Track> tracks,
            List<ImportProblem> problems) {
        Map<String, Ladder.Level> levels = new LinkedHashMap<>();
        Map<String, Integer> lastBandOfTrack = new HashMap<>();
        Map<String, Ladder.Level> lastLevelOfTrack = new HashMap<>();
        Set<Integer> icBands = new HashSet<>();
        Map<Integer, Ladder.Level> firstManagementLevelOfBand = new LinkedHashMap<>();
        Set<String> tracksWithLevels = new HashSet<>();
        for (Ladder.Level level : ladder.levels()) {
            boolean codeOk = code(level.code(), "Level code", level.source(), Ladder.Level.CODE, problems);
            text(level.title(), "Title", MAX_NAME, true, level.source(), Ladder.Level.TITLE, problems);
            text(level.summary(), "Summary", MAX_TEXT, false, level.source(), Ladder.Level.SUMMARY, problems);
            Ladder.Track track = tracks.get(key(level.trackCode()));
            if (track == null) {
                problems.add(at(level.source(), Ladder.Level.TRACK, level.trackCode().isEmpty() ? "Track is required"
                        : "There is no track " + abbreviate(level.trackCode()) + " in the Tracks sheet"));
            }
            if (codeOk) {
                Ladder.Level earlier = levels.putIfAbsent(key(level.code()), level);
                if (earlier != null) {
                    problems.add(at(level.source(), Ladder.Level.CODE, "Level code " + level.code() + " is already used"
                            + where(earlier.source())));
                }
            }
            Optional<Integer> band = band(level.bandText());
            if (band.isEmpty()) {
                problems.add(at(level.source(), Ladder.Level.BAND, "Band '" + abbreviate(level.bandText())
                        + "' must be a whole number of 1 or more"));
            }
            if (track != null) {
                tracksWithLevels.add(key(track.code()));
            }
            if (track == null || band.isEmpty()) {
                continue;
            }
            String trackKey = key(track.code());
            Integer previous = lastBandOfTrack.get(trackKey);
            if (previous != null && band.get() < previous) {
                problems.add(at(level.source(), Ladder.Level.BAND, "Band " + band.get() + " of " + level.code()
                        + " is lower than band " + previous + " of " + lastLevelOfTrack.get(trackKey).code()
                        + " below it: bands never decrease along a track"));
            }
            lastBandOfTrack.put(trackKey, band.get());
            lastLevelOfTrack.put(trackKey, level);
            Optional<TrackKind> kind = kind(track.kindText());
            if (kind.filter(k -> k == TrackKind.IC).isPresent()) {
                icBands.add(band.get());
            } else if (kind.isPresent()) {
                firstManagementLevelOfBand.putIfAbsent(band.get(), level);
            }
        }
        firstManagementLevelOfBand.forEach((band, level) -> {
            if (!icBands.contains(band)) {
                problems.add(at(level.source(), Ladder.Level.BAND, "Band " + band + " (" + level.code()
                        + ") has no IC level: every management band needs an equally senior IC level"));
            }
        });
        for (Ladder.Track track : tracks.values()) {
            if (!tracksWithLevels.contains(key(track.code()))) {
                problems.add(at(track.source(), Ladder.Track.CODE, "Track " + track.code()
                        + " has no levels in the Levels sheet"));
            }
        }
        return levels;
    }

    private static Map<String, Ladder.Competency> competencies(Ladder ladder, List<ImportProblem> problems) {
        Map<String, Ladder.Competency> byCode = new LinkedHashMap<>();
        Map<String, Ladder.Competency> byName = new HashMap<>();
        for (Ladder.Competency competency : ladder.competencies()) {
            boolean codeOk = code(competency.code(), "Competency code", competency.source(), Ladder.Competency.CODE, problems);
            boolean nameOk = text(competency.name(), "Competency name", MAX_NAME, true, competency.source(),
                    Ladder.Competency.NAME, problems);
            text(competency.category(), "Category", MAX_NAME, true, competency.source(), Ladder.Competency.CATEGORY, problems);
            text(competency.description(), "Description", MAX_TEXT, false, competency.source(), "Description", problems);
            if (codeOk) {
                Ladder.Competency earlier = byCode.putIfAbsent(key(competency.code()), competency);
                if (earlier != null) {
                    problems.add(at(competency.source(), Ladder.Competency.CODE, "Competency code " + competency.code()
                            + " is already used" + where(earlier.source())));
                }
            }
            if (nameOk) {
                Ladder.Competency earlier = byName.putIfAbsent(competency.name(), competency);
                if (earlier != null) {
                    problems.add(at(competency.source(), Ladder.Competency.NAME, "Competency name " + competency.name()
                            + " is already used" + where(earlier.source()) + ": matrix rows could not tell them apart"));
                }
            }
        }
        return byCode;
    }

    private static List<Ladder.Expectation> expectations(Ladder ladder, Map<String, Ladder.Track> tracks,
            Map<String, Ladder.Level> levels, Map<String, Ladder.Competency> competencies, List<ImportProblem> problems) {
        List<Ladder.Expectation> canonical = new ArrayList<>();
        Map<String, Ladder.Expectation> seen = new HashMap<>();
        Set<String> reported = new TreeSet<>();
        // A level code the track lacks is said once, at its header cell, whatever is written under it.
        Set<String> headed = new HashSet<>();
        for (Ladder.MatrixColumn column : ladder.columns()) {
            Ladder.Track track = tracks.get(key(column.trackCode()));
            Ladder.Level level = levels.get(key(column.levelCode()));
            String sheet = column.source().sheet();
            if (track == null) {
                continue; // a matrix sheet is read only for a known track
            }
            if (level == null || !key(level.trackCode()).equals(key(track.code()))) {
                if (reported.add(sheet + "|level|" + key(column.levelCode()))) {
                    problems.add(at(column.source(), Ladder.MatrixColumn.LEVEL, notALevel(column.levelCode(), track, ladder)));
                }
            } else if (!headed.add(sheet + "|" + key(level.code())) && reported.add(sheet + "|header|" + key(level.code()))) {
                problems.add(at(column.source(), Ladder.MatrixColumn.LEVEL, "Level " + level.code()
                        + " appears twice in the header of " + sheet));
            }
        }
        for (Ladder.Expectation expectation : ladder.expectations()) {
            Ladder.Track track = tracks.get(key(expectation.trackCode()));
            Ladder.Level level = levels.get(key(expectation.levelCode()));
            Optional<Ladder.Competency> competency = competency(expectation.competency(), competencies);
            String sheet = expectation.source().sheet();
            if (track == null) {
                continue; // a matrix sheet is read only for a known track
            }
            if (level == null || !key(level.trackCode()).equals(key(track.code()))) {
                if (reported.add(sheet + "|level|" + key(expectation.levelCode()))) {
                    problems.add(at(expectation.source(), Ladder.Expectation.TEXT,
                            notALevel(expectation.levelCode(), track, ladder)));
                }
                continue;
            }
            if (competency.isEmpty()) {
                if (reported.add(sheet + "|row|" + expectation.source().row())) {
                    problems.add(at(expectation.source(), Ladder.Expectation.COMPETENCY, "There is no competency '"
                            + abbreviate(expectation.competency()) + "' (by code or exact name) in the Competencies sheet"));
                }
                continue;
            }
            if (expectation.text().length() > MAX_TEXT) {
                problems.add(at(expectation.source(), Ladder.Expectation.TEXT, "The expectation is "
                        + expectation.text().length() + " characters long; at most " + MAX_TEXT + " are allowed"));
                continue;
            }
            String cellKey = key(track.code()) + "|" + key(level.code()) + "|" + key(competency.get().code());
            Ladder.Expectation earlier = seen.putIfAbsent(cellKey, expectation);
            if (earlier != null) {
                boolean sameRow = earlier.source().row() == expectation.source().row();
                String once = sameRow ? sheet + "|header|" + key(level.code()) : sheet + "|row|" + expectation.source().row();
                if (reported.add(once)) {
                    problems.add(sameRow
                            ? at(expectation.source(), Ladder.Expectation.TEXT, "Level " + level.code()
                                    + " appears twice in the header of " + sheet)
                            : at(expectation.source(), Ladder.Expectation.COMPETENCY, "Competency " + competency.get().code()
                                    + " already has a row in " + sheet + " (row " + earlier.source().row() + ")"));
                }
                continue;
            }
            canonical.add(new Ladder.Expectation(track.code(), level.code(), competency.get().code(), expectation.text(),
                    expectation.source()));
        }
        return canonical;
    }

    private static String notALevel(String code, Ladder.Track track, Ladder ladder) {
        List<String> codes = ladder.levels().stream().filter(l -> key(l.trackCode()).equals(key(track.code())))
                .map(Ladder.Level::code).toList();
        return "Column " + abbreviate(code) + " is not a level of track " + track.code()
                + (codes.isEmpty() ? "" : " (its levels: " + String.join(", ", codes) + ")");
    }

    private static Optional<Ladder.Competency> competency(String reference, Map<String, Ladder.Competency> byCode) {
        Ladder.Competency byItsCode = byCode.get(key(reference));
        if (byItsCode != null) {
            return Optional.of(byItsCode);
        }
        return byCode.values().stream().filter(c -> c.name().equals(reference.strip())).findFirst();
    }

    static Optional<Integer> band(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            int band = value.intValueExact();
            return band >= 1 ? Optional.of(band) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<TrackKind> kind(String text) {
        try {
            return Optional.of(TrackKind.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean code(String code, String label, Ladder.Source source, String field, List<ImportProblem> problems) {
        if (code.isEmpty()) {
            problems.add(at(source, field, label + " is required"));
            return false;
        }
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            problems.add(at(source, field, label + " '" + abbreviate(code) + "' must be up to " + MAX_CODE
                    + " letters, digits, '.', '_' or '-'"));
            return false;
        }
        return true;
    }

    private static boolean text(String value, String label, int max, boolean required, Ladder.Source source, String field,
            List<ImportProblem> problems) {
        if (required && value.isEmpty()) {
            problems.add(at(source, field, label + " is required"));
            return false;
        }
        if (value.length() > max) {
            problems.add(at(source, field, label + " is " + value.length() + " characters long; at most " + max
                    + " are allowed"));
            return false;
        }
        return true;
    }

    private static ImportProblem at(Ladder.Source source, String field, String message) {
        return source.sheet().isEmpty() ? ImportProblem.ofFile(message)
                : ImportProblem.atCell(source.sheet(), source.cell(field), message);
    }

    private static String where(Ladder.Source source) {
        return source.row() == 0 ? "" : " (row " + source.row() + ")";
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
