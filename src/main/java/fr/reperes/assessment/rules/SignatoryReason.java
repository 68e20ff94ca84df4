package fr.reperes.assessment.rules;

import java.util.List;

/** Why a signatory is proposed for a letter. Wording: {@code signataires.<id>}, with {@code {textes}}. */
public enum SignatoryReason implements TextKey {
    TUTELLE("tutelle"),
    PROCHE_EN_SON_NOM("proche-en-son-nom"),
    PERSONNE("personne");

    private final String id;

    SignatoryReason(String id) {
        this.id = id;
    }

    @Override
    public String key() {
        return "signataires." + id;
    }

    @Override
    public List<String> params() {
        return List.of("textes");
    }
}
