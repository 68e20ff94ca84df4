package fr.reperes.assessment.rules;

/** One legal condition: when it holds in the situation, it adds what follows from it to the findings. */
@FunctionalInterface
public interface Rule {

    void apply(Situation situation, Findings findings);
}
