package se.pejl.api.forms;

import java.util.Arrays;
import java.util.Optional;

/** The needs areas of BBIC (Barns behov i centrum) that scales and sections belong to. */
public enum BbicArea {
  HEALTH("health", new Text("Hälsa", "Health")),
  EDUCATION("education", new Text("Utbildning", "Education")),
  EMOTIONAL_BEHAVIOURAL("emotional-behavioural",
      new Text("Känslo- och beteendemässig utveckling", "Emotional and behavioural development")),
  IDENTITY("identity", new Text("Identitet", "Identity")),
  FAMILY_SOCIAL_RELATIONS("family-social-relations",
      new Text("Familj och sociala relationer", "Family and social relationships")),
  SOCIAL_PRESENTATION("social-presentation", new Text("Socialt uppträdande", "Social presentation")),
  SELF_CARE("self-care", new Text("Förmåga att klara sig själv", "Self-care skills"));

  private final String key;
  private final Text title;

  BbicArea(String key, Text title) {
    this.key = key;
    this.title = title;
  }

  /** The name in definitions and in the API, e.g. {@code self-care}. */
  public String key() {
    return key;
  }

  public Text title() {
    return title;
  }

  public static Optional<BbicArea> of(String key) {
    return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
  }
}
