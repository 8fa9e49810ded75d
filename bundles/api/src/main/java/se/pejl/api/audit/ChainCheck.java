package se.pejl.api.audit;

/**
 * The result of checking a municipality's audit chain.
 *
 * @param intact true when every entry's hash matches its content and its predecessor
 * @param entries how many entries were checked; the read of a list of clients is one entry
 * @param firstBroken the sequence of the first entry that does not match, or null
 */
public record ChainCheck(boolean intact, long entries, Long firstBroken) {}
