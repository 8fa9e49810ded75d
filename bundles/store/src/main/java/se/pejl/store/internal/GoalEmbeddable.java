package se.pejl.store.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import se.pejl.api.followup.Goal;

/** A goal row of an episode: the text and, once rated, its attainment (−2 … +2). */
@Embeddable
public class GoalEmbeddable {
  @Column(name = "GOAL", length = 2000)
  private String text;

  @Column(name = "ATTAINMENT")
  private Integer attainment;

  protected GoalEmbeddable() {}

  GoalEmbeddable(Goal goal) {
    this.text = goal.text();
    this.attainment = goal.attainment();
  }

  Goal toGoal() {
    return new Goal(text, attainment);
  }
}
