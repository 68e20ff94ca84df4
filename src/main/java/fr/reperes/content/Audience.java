package fr.reperes.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who a page is written for, as its front matter says ({@code audience: [patient, proche]}). */
public enum Audience {
    PATIENT("patient"), PROCHE("proche"), ASSOCIATION("association"), AVOCAT("avocat");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    @JsonValue
    @Override
    public String toString() {
        return id;
    }
}
