package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.followup.internal.Fakes.TJORN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Access;
import se.pejl.api.ClientRef;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.Role;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.PlannedOccasion;

/** Lists of many clients' occasions for reports: read ahead or in turns, their audit written meanwhile. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ListsForReportsTest {
  final Answering parts = new Answering();
  final Fakes.Episodes episodes = parts.episodeRows;
  final Fakes.Audit audit = parts.audit;
  final PejlUser anna = user("caseworker.tjorn");
  final DefaultFollowUpService service = new DefaultFollowUpService(parts.episodes, parts.answers, parts.hosts,
      parts.audit);

  @Test
  void a_list_audited_meanwhile_is_in_the_log_once_written_completes() {
    service.startEpisode(anna, group("T-1"));

    var listed = service.occasionsAuditedMeanwhile(new Access(anna, "report coverage"),
        new OccasionQuery(Set.of(), null, "Stödgruppen Tjörn", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    listed.written().toCompletableFuture().join();

    assertThat(listed.data()).extracting(o -> o.client().value()).containsOnly("T-1");
    assertThat(audit.records).containsExactly("caseworker.tjorn T-1 occasions report coverage");
  }

  @Test
  void a_list_audited_meanwhile_after_the_service_has_stopped_may_not_be_shown() throws InterruptedException {
    service.startEpisode(anna, group("T-1"));
    service.close();

    var listed = service.occasionsAuditedMeanwhile(new Access(anna, "report coverage"),
        new OccasionQuery(Set.of(), null, "Stödgruppen Tjörn"));

    assertThatThrownBy(() -> listed.written().toCompletableFuture().join())
        .hasCauseInstanceOf(RejectedExecutionException.class);
    assertThat(audit.records).isEmpty();
  }

  @Test
  void a_list_in_turns_comes_a_caseworker_at_a_time_and_is_audited_once_all_is_read() {
    PejlUser cecilia = user("caseworker2.tjorn");
    service.startEpisode(cecilia, group("T-2"));
    service.startEpisode(anna, group("T-1"));
    service.startEpisode(cecilia, group("T-1"));

    var feed = service.occasionsInTurn(new Access(anna, "report coverage"),
        List.of(new OccasionQuery(Set.of(), null, "Stödgruppen Tjörn", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))));
    List<List<PlannedOccasion>> groups = new ArrayList<>();
    feed.data().forEachRemaining(groups::add);
    feed.written().toCompletableFuture().join();

    assertThat(groups).extracting(g -> g.stream().map(o -> o.caseworker() + " " + o.client().value()).toList())
        .containsExactly(List.of("caseworker.tjorn T-1"), List.of("caseworker2.tjorn T-2", "caseworker2.tjorn T-1"));
    assertThat(feed.data().expected()).isEqualTo(3);
    // Each client once, in the order read.
    assertThat(audit.records).containsExactly("caseworker.tjorn T-1 occasions report coverage",
        "caseworker.tjorn T-2 occasions report coverage");
  }

  @Test
  void a_list_in_turns_whose_read_fails_hands_over_the_failure_and_may_not_be_shown() {
    service.startEpisode(anna, group("T-1"));
    episodes.outlinesFail = new ProcessingException("error.internal", new java.sql.SQLException("disk full"));

    var feed = service.occasionsInTurn(new Access(anna, "report coverage"),
        List.of(new OccasionQuery(Set.of(), null, "Stödgruppen Tjörn")));

    assertThatThrownBy(() -> feed.data().hasNext()).isSameAs(episodes.outlinesFail);
    assertThatThrownBy(() -> feed.written().toCompletableFuture().join()).hasCause(episodes.outlinesFail);
    assertThat(audit.records).isEmpty();
  }

  @Test
  void a_list_in_turns_asked_after_the_service_has_stopped_is_refused() {
    service.startEpisode(anna, group("T-1"));
    service.close();

    var feed = service.occasionsInTurn(new Access(anna, "report coverage"),
        List.of(new OccasionQuery(Set.of(), null, "Stödgruppen Tjörn")));

    assertThatThrownBy(() -> feed.data().hasNext()).isInstanceOf(ProcessingException.class)
        .hasCauseInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> feed.written().toCompletableFuture().join())
        .hasCauseInstanceOf(RejectedExecutionException.class);
    assertThat(audit.records).isEmpty();
  }

  private static NewEpisode group(String client) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, "Stödgruppen Tjörn", "grupp-1",
        LocalDate.of(2026, 4, 20), LocalDate.of(2026, 6, 30), "Stöd till barn som anhöriga", List.of("Må bättre"), null);
  }

  private static PejlUser user(String id) {
    return new PejlUser(id, id, Set.of(Role.CASEWORKER), TJORN, Set.of(), null);
  }
}
