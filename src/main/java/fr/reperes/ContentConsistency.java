package fr.reperes;

import fr.reperes.assessment.AssessmentIds;
import fr.reperes.content.ContentLibrary;
import fr.reperes.core.LetterSigners;
import fr.reperes.core.Signatory;
import fr.reperes.core.content.Problems;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * The start-up check of what one feature's content says about another's: each feature checks its own files when it
 * loads them; this checks the references between them, so that a page renamed in {@code content/pages/} cannot leave
 * a step of the result pointing nowhere.
 */
@Component
class ContentConsistency {

    ContentConsistency(ContentLibrary library, LetterSigners signers) {
        check(slug -> library.page(slug).isPresent(), signers).throwIfAny();
    }

    static Problems check(Predicate<String> pageExists, LetterSigners signers) {
        Problems problems = new Problems();
        AssessmentIds.citedPages().stream().filter(pageExists.negate()).forEach(slug ->
                problems.add("content/pages/", "la fiche « " + slug + " » citée par l'évaluation n'existe pas"));
        // Where the law lets a relative act in their own name, the rules propose it: the letter must offer it.
        AssessmentIds.lettersARelativeSignsInOwnName().stream()
                .filter(letter -> !signers.allowed(letter).contains(Signatory.RELATIVE))
                .forEach(letter -> problems.field("content/letters/" + letter.id() + ".yml", "signatories",
                        "un proche peut agir en son nom pour cette lettre : le signataire RELATIVE est attendu"));
        return problems;
    }
}
