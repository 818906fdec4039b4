package org.trellis.demo;

import java.util.ArrayList;
import java.util.List;
import org.trellis.framework.control.Ladder;

/**
 * The demo's Engineering framework: an IC track IC1–IC7 beside a management track M3–M7, bands 1–7,
 * so that from band 3 up every manager has an equally senior IC peer; six competencies; a pay range
 * in euros for every band (the IC and the management level of a band share it).
 */
final class DemoFramework {

    private DemoFramework() {
    }

    private static final String[][] IC_LEVELS = {
        {"IC1", "Associate Engineer", "Learns the codebase and ships well-scoped tasks with guidance."},
        {"IC2", "Engineer", "Delivers features independently within a team."},
        {"IC3", "Senior Engineer", "Owns a team's systems end to end and raises the bar around them."},
        {"IC4", "Staff Engineer", "Leads technical direction across several teams."},
        {"IC5", "Senior Staff Engineer", "Shapes the architecture of a whole department."},
        {"IC6", "Principal Engineer", "Sets technical strategy for the engineering organisation."},
        {"IC7", "Distinguished Engineer", "Changes how the company, and often the industry, builds software."},
    };

    private static final String[][] M_LEVELS = {
        {"M3", "Engineering Manager", "Leads one team: its people, its delivery and its health."},
        {"M4", "Senior Engineering Manager", "Leads a group of teams, often through other leads."},
        {"M5", "Director of Engineering", "Leads a department of managers and sets its direction."},
        {"M6", "VP of Engineering", "Leads several departments and shapes the engineering organisation."},
        {"M7", "SVP of Engineering", "Leads engineering as a whole, as a member of the company's leadership."},
    };

    private static final String[] SCOPE = {"", "their own tasks", "features of their team", "their team's systems",
        "the systems of several teams", "their department", "the engineering organisation", "the company"};

    /** Competency code, name, category, description, IC expectation, management expectation ({scope} filled in). */
    private static final String[][] COMPETENCIES = {
        {"CRAFT", "Technical craft", "Delivery", "Building software that is correct, simple and maintainable.",
            "Writes clear, well-tested code for {scope}; chooses designs others can extend; reviews with care.",
            "Keeps the engineering bar high across {scope}: hires for it, makes time for it, notices when it slips."},
        {"IMPACT", "Impact and scope", "Delivery", "Delivering outcomes that matter, at the scope of the level.",
            "Delivers results that matter for {scope}; breaks work down and finishes what they start.",
            "Makes {scope} deliver predictably on what matters most; says no to what matters less."},
        {"DIRECTION", "Direction and judgement", "Strategy", "Deciding what to build and how, with sound trade-offs.",
            "Makes sound technical decisions for {scope} and writes down why; knows when to ask.",
            "Sets clear goals for {scope}, explains the why, and revisits them when the facts change."},
        {"PEOPLE", "People and mentoring", "Leadership", "Growing others: mentoring, feedback, hiring.",
            "Mentors others working on {scope}; gives kind, specific feedback; helps interview.",
            "Grows the people in {scope}: regular 1-on-1s, honest feedback, career conversations on both tracks."},
        {"COMMUNICATION", "Communication", "Leadership", "Being understood and understanding others.",
            "Explains work on {scope} clearly in writing and in person; listens before deciding.",
            "Keeps {scope} and the people affected by its work informed; makes disagreement safe."},
        {"OWNERSHIP", "Ownership and operations", "Delivery", "Running what we build, and learning from incidents.",
            "Takes responsibility for running {scope} in production; leads incident reviews without blame.",
            "Makes {scope} operate sustainably: on-call that people can live with, reviews that lead to change."},
    };

    /** Band, minimum, midpoint, maximum (EUR a year): ranges of about ±15 % around the midpoint. */
    static final int[][] PAY_RANGES = {
        {1, 42_000, 48_000, 54_000},
        {2, 50_000, 58_000, 66_000},
        {3, 62_000, 72_000, 82_000},
        {4, 76_000, 88_000, 100_000},
        {5, 92_000, 106_000, 120_000},
        {6, 112_000, 130_000, 148_000},
        {7, 135_000, 158_000, 181_000},
    };

    static final String CURRENCY = "EUR";

    static Ladder ladder() {
        List<Ladder.Track> tracks = List.of(
                new Ladder.Track("IC", "Individual contributor", "IC",
                        "Grow by deepening craft and widening technical scope, without managing people.", Ladder.Source.NOWHERE),
                new Ladder.Track("M", "Management", "MANAGEMENT",
                        "Grow by leading people and teams. Equally senior to the IC level of the same band.",
                        Ladder.Source.NOWHERE));
        List<Ladder.Level> levels = new ArrayList<>();
        List<Ladder.Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < IC_LEVELS.length; i++) {
            int band = i + 1;
            levels.add(new Ladder.Level("IC", IC_LEVELS[i][0], IC_LEVELS[i][1], String.valueOf(band), IC_LEVELS[i][2],
                    Ladder.Source.NOWHERE));
            for (String[] competency : COMPETENCIES) {
                expectations.add(new Ladder.Expectation("IC", IC_LEVELS[i][0], competency[0],
                        competency[4].replace("{scope}", SCOPE[band]), Ladder.Source.NOWHERE));
            }
        }
        for (int i = 0; i < M_LEVELS.length; i++) {
            int band = i + 3;
            levels.add(new Ladder.Level("M", M_LEVELS[i][0], M_LEVELS[i][1], String.valueOf(band), M_LEVELS[i][2],
                    Ladder.Source.NOWHERE));
            for (String[] competency : COMPETENCIES) {
                expectations.add(new Ladder.Expectation("M", M_LEVELS[i][0], competency[0],
                        competency[5].replace("{scope}", SCOPE[band]), Ladder.Source.NOWHERE));
            }
        }
        List<Ladder.Competency> competencies = new ArrayList<>();
        for (String[] competency : COMPETENCIES) {
            competencies.add(new Ladder.Competency(competency[0], competency[1], competency[2], competency[3],
                    Ladder.Source.NOWHERE));
        }
        List<Ladder.PayRange> ranges = new ArrayList<>();
        for (int[] range : PAY_RANGES) {
            ranges.add(new Ladder.PayRange(String.valueOf(range[0]), CURRENCY, String.valueOf(range[1]),
                    String.valueOf(range[2]), String.valueOf(range[3]), Ladder.Source.NOWHERE));
        }
        return new Ladder("Engineering", "2026.1", "The engineering career framework: two equally senior tracks.",
                tracks, levels, competencies, expectations, Ladder.Source.NOWHERE, List.of(), ranges, true);
    }
}
