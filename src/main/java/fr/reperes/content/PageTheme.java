package fr.reperes.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** The themes the library of pages is grouped by on /fiches, in display order. */
public enum PageTheme {
    SOINS_LIBRES("soins-libres", "Soins libres"),
    SOINS_SANS_CONSENTEMENT("soins-sans-consentement", "Soins sans consentement"),
    JUSTICE("justice", "Soins ordonnés par la justice"),
    PROTECTION("protection", "Mesures de protection"),
    DROITS_ET_RECOURS("droits-et-recours", "Droits et recours"),
    PRATIQUE("pratique", "En pratique");

    private final String id;
    private final String label;

    PageTheme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** As content files write it ({@code theme: soins-libres}). */
    @JsonValue
    @Override
    public String toString() {
        return id;
    }
}
