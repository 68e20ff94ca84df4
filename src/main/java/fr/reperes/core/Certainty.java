package fr.reperes.core;

/**
 * How sure a regime is: {@code CERTAIN} when the one answering stated it, {@code PROBABLE} when read from papers or
 * circumstances, {@code A_CONFIRMER} when possible but unknown. Declared strongest first: the order is used.
 */
public enum Certainty { CERTAIN, PROBABLE, A_CONFIRMER }
