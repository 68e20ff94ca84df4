package fr.reperes.web.session;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the user typed in this browser session: the interview's facts and the letters being prepared.
 * It lives only in the Vaadin session (memory), is never written anywhere, and goes with the session when the
 * user erases, leaves quickly or stays idle too long.
 */
@Component
@VaadinSessionScope
public class CaseFile {

    private Facts facts = Facts.unknown();
    private final java.util.Set<String> answered = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> notYet = new java.util.LinkedHashSet<>();
    private final Map<LetterId, Map<String, String>> letterDrafts = new LinkedHashMap<>();

    public Facts facts() {
        return facts;
    }

    public void setFacts(Facts facts) {
        this.facts = facts == null ? Facts.unknown() : facts;
    }

    /** Ids of the questions the user has answered (possibly with "Je ne sais pas"). */
    public java.util.Set<String> answered() {
        return java.util.Collections.unmodifiableSet(answered);
    }

    /** Date questions answered "Non, pas encore" (the fact stays empty; the answer is shown as given). */
    public java.util.Set<String> notYet() {
        return java.util.Collections.unmodifiableSet(notYet);
    }

    public void setNotYet(String questionId, boolean value) {
        if (value) {
            notYet.add(questionId);
        } else {
            notYet.remove(questionId);
        }
    }

    public void markAnswered(String questionId) {
        answered.add(questionId);
    }

    /** Replaces the interview's state, e.g. from a loaded answers file. */
    public void restore(Facts restored, java.util.Collection<String> answeredIds) {
        restore(restored, answeredIds, java.util.List.of());
    }

    /** {@code notYetIds}: the date questions answered "Non, pas encore" (only those also answered are kept). */
    public void restore(Facts restored, java.util.Collection<String> answeredIds,
                        java.util.Collection<String> notYetIds) {
        setFacts(restored);
        answered.clear();
        notYet.clear();
        answered.addAll(answeredIds);
        notYetIds.stream().filter(answered::contains).forEach(notYet::add);
    }

    /** Field values typed for a letter, by letter id (kept so that nothing typed is lost when navigating). */
    public Map<String, String> letterDraft(LetterId letterId) {
        return letterDrafts.computeIfAbsent(letterId, id -> new LinkedHashMap<>());
    }

    /** Ids of the letters prepared in this session, in the order they were first opened. */
    public java.util.Set<LetterId> preparedLetters() {
        return java.util.Collections.unmodifiableSet(letterDrafts.keySet());
    }

    /** "Effacer mes réponses": forget everything, e.g. for the next member of an association. */
    public void clear() {
        facts = Facts.unknown();
        answered.clear();
        notYet.clear();
        letterDrafts.clear();
    }
}
