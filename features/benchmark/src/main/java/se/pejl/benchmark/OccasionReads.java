package se.pejl.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;

/**
 * Where {@code FollowUpService.occasions} spends its time, for the coverage list: the three store
 * reads it makes for a unit, timed alone through the store's own services (read-only, nothing
 * audited). What the call takes beyond them is working out the plans' occasions and their
 * statuses, and writing the audit entry that names its clients.
 */
final class OccasionReads {
    private final EpisodeRepository episodes;
    private final ResponseRepository responses;

    OccasionReads(EpisodeRepository episodes, ResponseRepository responses) {
        this.episodes = episodes;
        this.responses = responses;
    }

    /**
     * Each read's time in nanoseconds, labelled with how much it read. Pejl asks for the answers of
     * only the episodes with an occasion due in the period, which takes the plans to tell: by their
     * ids when they are a few, else with the episodes; here both ways, for every episode started by
     * the period's end (an upper bound).
     */
    Map<String, Long> time(MunicipalityCode m, String unit, LocalDate periodEnd) {
        Map<String, Long> parts = new LinkedHashMap<>();
        long t = System.nanoTime();
        EpisodeQuery started = new EpisodeQuery(null, null, unit, false, periodEnd);
        List<EpisodeOutline> found = episodes.outlines(m, started);
        long find = System.nanoTime() - t;
        parts.put("EpisodeRepository.outlines (" + found.size() + " episodes of the unit started by " + periodEnd + ")",
                find);
        List<Long> ids = found.stream().map(EpisodeOutline::id).toList();
        t = System.nanoTime();
        int answered = responses.answered(m, ids).size();
        parts.put("ResponseRepository.answered by ids (" + answered + " of them with answers, in chunks of 500)",
                System.nanoTime() - t);
        t = System.nanoTime();
        responses.answeredWhere(m, started);
        parts.put("ResponseRepository.answeredWhere (the same, with the episodes)", System.nanoTime() - t);
        t = System.nanoTime();
        episodes.notApplicable(m, ids);
        parts.put("EpisodeRepository.notApplicable", System.nanoTime() - t);
        return parts;
    }
}
