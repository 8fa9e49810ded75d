package se.pejl.benchmark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

/**
 * Makes a region's worth of follow-up: {@code answers / 3} episodes started over 2023–2025, most of
 * them closed, with child-wellbeing answers at start, end and six months after (reviews for
 * placements), goals with GAS ratings, documentation at realistic rates and some personal survey
 * links. Deterministic for a size, so two runs load the same data.
 *
 * <p>Exactly {@code answers} answers come out: the occasions that realistic rates leave unanswered
 * make a little fewer than three per episode, so the rest are answers given a second time at the
 * same occasion (a paper form, then the link), which also exercises "the latest answer counts".
 */
final class DataGenerator {
    private static final LocalDate FIRST_START = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST_START = LocalDate.of(2025, 12, 31);
    private static final int HALF_YEAR = 182;

    private final Random random;
    /** Nothing is answered or changed later than yesterday, so every row is older than the next start. */
    private final int lastDay;
    private final Dataset d = new Dataset();
    private final int[] municipalityWeights;
    private final int[][] unitsOf = new int[Region.MUNICIPALITIES.size()][];

    // Answers while generating; compacted to exactly the size asked for at the end.
    private int[] answerEpisode = new int[1024];
    private byte[] occasion = new byte[1024];
    private int[] answerDay = new int[1024];
    private byte[] items = new byte[1024 * 5];
    private int answers;
    /** Each episode's planned link: its occasion's answer (index while generating) or -2 for none. */
    private int[] linkAnswerDraft;

    DataGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.lastDay = (int) today.minusDays(1).toEpochDay();
        this.municipalityWeights = Region.MUNICIPALITIES.stream().mapToInt(Region.Municipality::weight).toArray();
        Arrays.setAll(unitsOf, Region::unitsOf);
    }

    Dataset generate(int answersWanted) {
        int episodes = Math.max(1, answersWanted / 3);
        allocateEpisodes(episodes);
        for (int e = 0; e < episodes; e++) {
            episode(e);
            answers(e);
        }
        fitAnswers(answersWanted);
        links();
        return d;
    }

    private void allocateEpisodes(int n) {
        d.episodes = n;
        d.type = new byte[n];
        d.unit = new short[n];
        d.gender = new byte[n];
        d.ageAtStart = new byte[n];
        d.start = new int[n];
        d.plannedEnd = new int[n];
        d.end = new int[n];
        d.documented = new byte[n];
        d.goalEpisode = new int[n * 3];
        d.goalPosition = new byte[n * 3];
        d.goalRating = new byte[n * 3];
        linkAnswerDraft = new int[n];
        Arrays.fill(linkAnswerDraft, -2);
    }

    private void episode(int e) {
        double t = random.nextDouble();
        byte type = (byte) (t < 0.75 ? 0 : t < 0.90 ? 1 : t < 0.96 ? 2 : 3);
        int[] units = unitsOf[weighted(municipalityWeights)];
        d.type[e] = type;
        d.unit[e] = (short) units[random.nextInt(units.length)];
        double g = random.nextDouble();
        d.gender[e] = (byte) (g < 0.49 ? 0 : g < 0.98 ? 1 : 2);
        d.ageAtStart[e] = (byte) (7 + random.nextInt(11));
        int first = (int) FIRST_START.toEpochDay();
        int start = first + random.nextInt((int) LAST_START.toEpochDay() - first + 1);
        int[] length = switch (type) {
            case 0 -> new int[] {70, 63, 105};
            case 1 -> new int[] {120, 45, 240};
            default -> new int[] {365, 180, 1000};
        };
        int end = start + length[1] + random.nextInt(length[2] - length[1] + 1);
        d.start[e] = start;
        d.plannedEnd[e] = start + length[0];
        // Some are never closed in the system; the rest close on their end day if it has come.
        d.end[e] = random.nextDouble() < 0.92 && end <= lastDay ? end : Dataset.NO_DAY;
        boolean closed = d.end[e] != Dataset.NO_DAY;
        d.documented[e] = (byte) ((random.nextDouble() < 0.90 ? Dataset.PURPOSE : 0)
                | (random.nextDouble() < 0.80 ? Dataset.CONTENT : 0)
                | (closed && random.nextDouble() < 0.70 ? Dataset.RESULT : 0));
        goals(e, closed);
    }

    private void goals(int e, boolean closed) {
        if (random.nextDouble() >= 0.85) {
            return;
        }
        int count = 1 + random.nextInt(3);
        for (int p = 0; p < count; p++) {
            int g = d.goals++;
            d.goalEpisode[g] = e;
            d.goalPosition[g] = (byte) p;
            // Rated at the close; mostly some progress, as GAS ratings in practice are.
            d.goalRating[g] = closed && random.nextDouble() < 0.9
                    ? (byte) (weighted(new int[] {5, 15, 35, 30, 15}) - 2) : Dataset.NOT_RATED;
        }
    }

    private void answers(int e) {
        double before = clamp(0.45 + 0.15 * random.nextGaussian());
        // A plausible mix: about two in three improve, some get worse.
        double after = clamp(before + 0.07 + 0.12 * random.nextGaussian());
        double later = clamp(after + 0.08 * random.nextGaussian());
        int start = d.start[e];
        answer(e, 0.99, Dataset.START, start - 7 + random.nextInt(22), before);
        boolean placement = d.type[e] >= 2;
        int until = d.end[e] == Dataset.NO_DAY ? lastDay : d.end[e];
        if (placement) {
            for (int due = start + HALF_YEAR; due < until; due += HALF_YEAR) {
                double progress = (double) (due - start) / Math.max(1, until - start);
                answer(e, 0.85, Dataset.REVIEW, due - 14 + random.nextInt(36), before + (after - before) * progress);
            }
        }
        if (d.end[e] != Dataset.NO_DAY) {
            answer(e, 0.92, Dataset.END, d.end[e] - 7 + random.nextInt(22), after);
            if (!placement) {
                int link = answers;
                boolean answered = answer(e, 0.85, Dataset.FOLLOWUP, d.end[e] + HALF_YEAR - 20 + random.nextInt(66), later);
                // Some children get the 6-month follow-up as a personal link.
                if (random.nextDouble() < 0.12) {
                    linkAnswerDraft[e] = answered ? link : -1;
                }
            }
        }
    }

    /** Adds the answer with the given probability, if its day has come; whether it was added. */
    private boolean answer(int e, double probability, byte occ, int day, double wellbeing) {
        if (random.nextDouble() >= probability || day > lastDay) {
            return false;
        }
        int a = grow();
        answerEpisode[a] = e;
        occasion[a] = occ;
        answerDay[a] = Math.max(day, d.start[e] - 14);
        for (int k = 0; k < Dataset.ITEMS.length; k++) {
            // Each item is the child's level plus item noise, so the items agree as a real scale's do, not fully.
            double level = Dataset.REVERSED[k] ? 1 - wellbeing : wellbeing;
            items[a * 5 + k] = (byte) Math.max(0, Math.min(4, Math.round(4 * level + 0.7 * random.nextGaussian())));
        }
        return true;
    }

    private int grow() {
        if (answers == answerEpisode.length) {
            int n = answers * 2;
            answerEpisode = Arrays.copyOf(answerEpisode, n);
            occasion = Arrays.copyOf(occasion, n);
            answerDay = Arrays.copyOf(answerDay, n);
            items = Arrays.copyOf(items, n * 5);
        }
        return answers++;
    }

    /** Drops unanswered-looking follow-ups, or adds second answers, until exactly {@code wanted} remain. */
    private void fitAnswers(int wanted) {
        boolean[] dropped = new boolean[answers];
        for (int surplus = answers - wanted; surplus > 0;) {
            int a = random.nextInt(answers);
            if (!dropped[a] && occasion[a] != Dataset.START) {
                dropped[a] = true;
                surplus--;
            }
        }
        int natural = answers;
        for (int deficit = wanted - answers; deficit > 0;) {
            int a = random.nextInt(natural);
            int day = answerDay[a] + 3 + random.nextInt(18);
            if (day > lastDay) {
                continue;
            }
            int copy = grow();
            answerEpisode[copy] = answerEpisode[a];
            occasion[copy] = occasion[a];
            answerDay[copy] = day;
            for (int k = 0; k < 5; k++) {
                items[copy * 5 + k] = (byte) Math.max(0, Math.min(4, items[a * 5 + k] + random.nextInt(3) - 1));
            }
            deficit--;
        }
        compact(Arrays.copyOf(dropped, answers), wanted);
    }

    private void compact(boolean[] dropped, int wanted) {
        int[] newIndex = new int[answers];
        d.answers = wanted;
        d.answerEpisode = new int[wanted];
        d.occasion = new byte[wanted];
        d.answerDay = new int[wanted];
        d.items = new byte[wanted * 5];
        int to = 0;
        for (int a = 0; a < answers; a++) {
            if (dropped[a]) {
                newIndex[a] = -1;
                continue;
            }
            newIndex[a] = to;
            d.answerEpisode[to] = answerEpisode[a];
            d.occasion[to] = occasion[a];
            d.answerDay[to] = answerDay[a];
            System.arraycopy(items, a * 5, d.items, to * 5, 5);
            to++;
        }
        for (int e = 0; e < d.episodes; e++) {
            if (linkAnswerDraft[e] >= 0) {
                linkAnswerDraft[e] = newIndex[linkAnswerDraft[e]];
            }
        }
    }

    private void links() {
        int n = (int) Arrays.stream(linkAnswerDraft).filter(a -> a != -2).count();
        d.linkEpisode = new int[n];
        d.linkOccasion = new byte[n];
        d.linkCreatedDay = new int[n];
        d.linkAnswer = new int[n];
        d.linkWithdrawn = new boolean[n];
        for (int e = 0; e < d.episodes; e++) {
            int answer = linkAnswerDraft[e];
            if (answer == -2) {
                continue;
            }
            // Sent a month before the follow-up is due, or a few days before the child answered it.
            int created = answer >= 0 ? d.answerDay[answer] - 1 - random.nextInt(10) : d.end[e] + HALF_YEAR - 30;
            // A link must have expired (14 days) by now to count in the response rate either way.
            if (created + 14 > lastDay) {
                continue;
            }
            int l = d.links++;
            boolean withdrawn = answer < 0 && random.nextDouble() < 0.2;
            d.linkEpisode[l] = e;
            d.linkOccasion[l] = Dataset.FOLLOWUP;
            d.linkCreatedDay[l] = created;
            d.linkAnswer[l] = answer;
            d.linkWithdrawn[l] = withdrawn;
        }
    }

    private int weighted(int[] weights) {
        int total = Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static double clamp(double level) {
        return Math.max(0.02, Math.min(0.98, level));
    }
}
