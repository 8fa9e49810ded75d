package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.followup.internal.Fakes.SKOVDE;
import static se.pejl.followup.internal.Fakes.TJORN;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Access;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Episode;
import se.pejl.api.survey.CreatedSurveyLink;
import se.pejl.api.survey.NewSurveyLink;
import se.pejl.api.survey.SurveyLinkClosedException;
import se.pejl.api.survey.SurveyLinkStatus;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurveyLinksTest {
  final Answering a = new Answering();
  final SurveyLinks links = a.links();
  final SurveyAnswers respondent = a.surveyAnswers(Answering.MAY_1);
  final PejlUser anna = Answering.user("caseworker.tjorn", TJORN, Role.CASEWORKER);
  final PejlUser bo = Answering.user("caseworker.skovde", SKOVDE, Role.CASEWORKER);
  final Episode episode = a.groupEpisode("T-1");

  @Test
  void a_token_has_256_random_bits_in_base64url_and_only_its_hash_is_stored() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      tokens.add(new SurveyTokens().next());
    }
    assertThat(tokens).hasSize(200).allMatch(SurveyTokens::wellFormed).allMatch(t -> t.length() == 43);

    CreatedSurveyLink created = links.create(anna, personal(7));

    assertThat(a.linkRows.byHash).containsOnlyKeys(SurveyTokens.hash(created.token()));
    assertThat(a.linkRows.byHash.keySet()).noneMatch(h -> h.contains(created.token()));
    assertThat(created.link().expiresAt()).isEqualTo(Answering.MAY_1.instant().plus(Duration.ofDays(7)));
  }

  @Test
  void a_personal_link_is_answered_once_for_its_episode_as_the_link_not_as_a_user() {
    CreatedSurveyLink created = links.create(anna, personal(14));

    respondent.answer(created.token(), Map.of("q1", 2, "q2", 2));

    assertThat(a.responses.rows).singleElement().satisfies(r -> {
      assertThat(r.episodeId()).isEqualTo(episode.id());
      assertThat(r.recordedBy()).isEqualTo("survey-link " + created.link().id());
      assertThat(r.demographics()).isNotNull();
    });
    assertThatThrownBy(() -> respondent.open(created.token()))
        .isInstanceOfSatisfying(SurveyLinkClosedException.class, e -> {
          assertThat(e.status()).isEqualTo(SurveyLinkStatus.USED);
          assertThat(e.language()).isEqualTo("sv");
        });
    assertThat(a.audit.records).isEmpty();
  }

  @Test
  void a_wrong_answer_names_each_item_and_leaves_the_link_unused() {
    CreatedSurveyLink created = links.create(anna, personal(14));

    assertThatThrownBy(() -> respondent.answer(created.token(), Map.of("q1", 9)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
            .extracting(f -> f.field()).containsExactly("answers.q1", "answers.q2"));
    assertThat(respondent.open(created.token()).instrument().id()).isEqualTo("child-wellbeing");
  }

  @Test
  void an_expired_or_withdrawn_link_says_so_and_an_unknown_token_is_not_found() {
    CreatedSurveyLink soon = links.create(anna, personal(1));
    CreatedSurveyLink withdrawn = links.create(anna, personal(14));
    links.withdraw(anna, withdrawn.link().id());
    SurveyAnswers twoDaysLater = a.surveyAnswers(Clock.offset(Answering.MAY_1, Duration.ofDays(2)));

    assertThatThrownBy(() -> twoDaysLater.open(soon.token())).isInstanceOfSatisfying(SurveyLinkClosedException.class,
        e -> assertThat(e.status()).isEqualTo(SurveyLinkStatus.EXPIRED));
    assertThatThrownBy(() -> respondent.answer(withdrawn.token(), Map.of("q1", 1, "q2", 1)))
        .isInstanceOfSatisfying(SurveyLinkClosedException.class,
            e -> assertThat(e.status()).isEqualTo(SurveyLinkStatus.WITHDRAWN));
    assertThatThrownBy(() -> respondent.open(new SurveyTokens().next())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> respondent.open("../../etc")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> links.withdraw(bo, soon.link().id())).isInstanceOf(NotFoundException.class);
    assertThat(a.responses.rows).isEmpty();
  }

  @Test
  void a_group_link_takes_anonymous_answers_from_several_children() {
    a.groupEpisode("T-2");
    CreatedSurveyLink group = links.create(anna, new NewSurveyLink(null, "grupp-1", "start", "child-wellbeing", "en", 1));

    for (int child = 0; child < 3; child++) {
      respondent.answer(group.token(), Map.of("q1", child, "q2", 1));
    }

    assertThat(a.responses.rows).hasSize(3).allSatisfy(r -> {
      assertThat(r.isAnonymous()).isTrue();
      assertThat(r.groupId()).isEqualTo("grupp-1");
      assertThat(r.demographics()).isNull();
      assertThat(r.unit()).isEqualTo("Stödgruppen Tjörn");
    });
    assertThat(links.ofGroup(anna, "grupp-1")).singleElement().satisfies(l -> {
      assertThat(l.answers()).isEqualTo(3);
      assertThat(l.language()).isEqualTo("en");
    });
    assertThat(a.audit.records).isEmpty();
  }

  @Test
  void a_link_needs_one_target_a_known_group_of_the_municipality_and_sensible_days_and_language() {
    assertThatThrownBy(() -> links.create(anna, new NewSurveyLink(episode.id(), "grupp-1", "start", "child-wellbeing", null, null)))
        .hasFieldOrPropertyWithValue("field", "episodeId");
    assertThatThrownBy(() -> links.create(bo, new NewSurveyLink(null, "grupp-1", "start", "child-wellbeing", null, null)))
        .hasFieldOrPropertyWithValue("field", "groupId");
    assertThatThrownBy(() -> links.create(anna, new NewSurveyLink(episode.id(), null, "start", "child-wellbeing", null, 61)))
        .hasFieldOrPropertyWithValue("field", "validDays");
    assertThatThrownBy(() -> links.create(anna, new NewSurveyLink(episode.id(), null, "start", "child-wellbeing", "de", 5)))
        .hasFieldOrPropertyWithValue("field", "language");
    assertThatThrownBy(() -> links.create(anna, new NewSurveyLink(episode.id(), null, "sometime", "child-wellbeing", null, 5)))
        .hasFieldOrPropertyWithValue("field", "occasion");
    assertThatThrownBy(() -> links.create(anna, new NewSurveyLink(episode.id(), null, "start", "nope", null, 5)))
        .hasFieldOrPropertyWithValue("field", "instrumentId");
    assertThatThrownBy(() -> links.create(bo, personal(5))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listing_an_episodes_links_is_audited() {
    links.create(anna, personal(5));
    assertThat(links.ofEpisode(new Access(anna, "GET /pejl/api/survey-links?episodeId=1"), episode.id())).hasSize(1);
    assertThat(a.audit.records).containsExactly(
        "caseworker.tjorn T-1 survey links of episode 1 GET /pejl/api/survey-links?episodeId=1");
  }

  private NewSurveyLink personal(int days) {
    return new NewSurveyLink(episode.id(), null, "start", "child-wellbeing", null, days);
  }
}
