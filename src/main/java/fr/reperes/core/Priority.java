package fr.reperes.core;

/** How pressing a next step is, most pressing first: the order is used to sort the steps. */
public enum Priority { URGENT, IMPORTANT, UTILE }
