package se.pejl.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;

/**
 * Where {@code FollowUpService.occasions} spends its time, for the coverage list: the three store
 * reads it makes for a unit, timed alone through the store's own services (read-only, nothing
 * audited). What the call takes beyond them is working out the plans' occasions and their
 * statuses, and writing an audit entry per client.
 */
final class OccasionReads {
    private final EpisodeRepository episodes;
    private final ResponseRepository responses;

    OccasionReads(EpisodeRepository episodes, ResponseRepository responses) {
        this.episodes = episodes;
        this.responses = responses;
    }

    /** Each read's time in nanoseconds, labelled with how much it read. */
    Map<String, Long> time(MunicipalityCode m, String unit) {
        Map<String, Long> parts = new LinkedHashMap<>();
        long t = System.nanoTime();
        List<Episode> found = episodes.find(m, new EpisodeQuery(null, null, unit, false));
        long find = System.nanoTime() - t;
        parts.put("EpisodeRepository.find (" + found.size() + " episodes of the unit)", find);
        List<Long> ids = found.stream().map(Episode::id).toList();
        t = System.nanoTime();
        int answered = responses.answered(m, ids).size();
        parts.put("ResponseRepository.answered (" + answered + " episodes with answers, ids in chunks of 500)",
                System.nanoTime() - t);
        t = System.nanoTime();
        episodes.notApplicable(m, ids);
        parts.put("EpisodeRepository.notApplicable", System.nanoTime() - t);
        return parts;
    }
}
