package se.pejl.api.followup;

/** The occasions (mättillfällen) an answer can be given at. */
public final class Occasion {
  /** Before or at the start of the intervention (före). */
  public static final String START = "start";
  /** At its end (efter). */
  public static final String END = "end";
  /** About six months after the end (uppföljning). */
  public static final String FOLLOW_UP_6M = "followup-6m";

  private Occasion() {}

  public static boolean isKnown(String occasion) {
    return START.equals(occasion) || END.equals(occasion) || FOLLOW_UP_6M.equals(occasion);
  }
}
