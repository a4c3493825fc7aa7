/**
 * How the runner's helpers treat a short list: a cost cutoff (below it a
 * linear search and an insertion sort cost less than a `Set` and the
 * built-in sort's work lists), never a threshold a rule judges by, so it is
 * no setting. The result is the same on either side of it.
 */
export const SHORT_LIST_LENGTH = 32;
