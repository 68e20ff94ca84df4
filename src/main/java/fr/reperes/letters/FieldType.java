package fr.reperes.letters;

import com.fasterxml.jackson.annotation.JsonValue;


/** The kinds of field a letter can declare; the id is what content authors write in {@code type:}. */
public enum FieldType {
    TEXT("text"), TEXTAREA("textarea"), DATE("date"), POSTCODE("postcode"), EMAIL("email"), CHOICE("choice");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** As content files write it, in the French messages that list the possible types. */
    @Override
    public String toString() {
        return id;
    }

    /** Texts on one line; a textarea keeps its line breaks. */
    public boolean singleLine() {
        return this != TEXTAREA;
    }
}
