package se.pejl.indicators.internal;

/**
 * The raw value of a dimension for one row of a population: a dictionary code, a gender code, an
 * age band. Periods, occasions and BBIC areas come with each observation instead.
 */
@FunctionalInterface
interface Subjects {
  int raw(Dimension dimension, int row);

  /** Answers: the child's snapshot, and the episode's type and group. */
  static Subjects of(AnswerTable t, Facts facts, AgeBands bands) {
    EpisodeTable e = facts.episodes;
    return (d, r) -> switch (d) {
      case MUNICIPALITY -> t.municipality[r];
      case UNIT -> t.unit[r];
      case GENDER -> t.gender[r];
      case AGE_BAND -> bands.band(t.age[r]);
      case EPISODE_TYPE -> t.episodeRow[r] >= 0 ? e.type[t.episodeRow[r]] : facts.typeOfGroup(t.group[r]);
      case GROUP -> t.group[r] != 0 ? t.group[r] : t.episodeRow[r] >= 0 ? e.group[t.episodeRow[r]] : 0;
      default -> 0;
    };
  }

  static Subjects of(EpisodeTable e) {
    return (d, r) -> switch (d) {
      case MUNICIPALITY -> e.municipality[r];
      case UNIT -> e.unit[r];
      case EPISODE_TYPE -> e.type[r];
      case GROUP -> e.group[r];
      default -> 0;
    };
  }

  static Subjects of(LinkTable l, Facts facts) {
    EpisodeTable e = facts.episodes;
    return (d, r) -> {
      int episodeRow = l.episode[r] == 0 ? -1 : facts.episodeRow(l.episode[r]);
      return switch (d) {
        case MUNICIPALITY -> l.municipality[r];
        case UNIT -> l.unit[r];
        case EPISODE_TYPE -> episodeRow >= 0 ? e.type[episodeRow] : facts.typeOfGroup(l.group[r]);
        case GROUP -> l.group[r] != 0 ? l.group[r] : episodeRow >= 0 ? e.group[episodeRow] : 0;
        default -> 0;
      };
    };
  }
}
