package fr.reperes.letters;

import java.util.Optional;

/** The kinds of field a letter can declare; the id is what content authors write in {@code type:}. */
public enum FieldType {
    TEXT("text"), TEXTAREA("textarea"), DATE("date"), POSTCODE("postcode"), EMAIL("email"), CHOICE("choice");

    private final String id;

    FieldType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Texts on one line; a textarea keeps its line breaks. */
    public boolean singleLine() {
        return this != TEXTAREA;
    }

    public static Optional<FieldType> byId(String id) {
        for (FieldType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
