package fr.reperes.interview;

import fr.reperes.core.Facts;
import fr.reperes.core.Facts.CareBasis;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The flow of the questionnaire: which question comes next or before, progress, and the summary. */
@Service
public class InterviewService {

    private final Questions questions;
    private final QuestionWording wording;
    private final FactsCodec codec;
    private final SummaryWording summaryWording;

    public InterviewService(Questions questions, QuestionWording wording, FactsCodec codec,
                            SummaryWording summaryWording) {
        this.questions = questions;
        this.wording = wording;
        this.codec = codec;
        this.summaryWording = summaryWording;
    }

    /** The value of the "Je ne sais pas" option, among the others (the fact then stays unknown). */
    public static final String UNKNOWN = "UNKNOWN";
    /** Before a date: "Oui", "Non, pas encore" (the fact stays empty), "Je ne sais pas". */
    public static final String DATE_YES = "oui";
    public static final String DATE_NOT_YET = "pas-encore";

    /**
     * A question as shown to the user, in the wording that fits who is answering.
     *
     * @param options    the answers, "Je ne sais pas" last where it is offered (not on "Qui répond ?")
     * @param current    the answer given, {@link #UNKNOWN} for "Je ne sais pas"
     * @param part       the part of the questionnaire (1 to {@code parts}), named {@code partName}
     * @param dateChoice for a date: "Oui", "Non, pas encore" (when it makes sense) and "Je ne sais pas", asked first
     * @param dateChosen for a date already answered: which of those was chosen
     */
    public record ShownQuestion(Question question, String title, String help, String where,
                                List<Option> options, String unknownLabel, List<String> current,
                                int position, int total, int part, int parts, String partName,
                                List<Option> dateChoice, String dateChosen, String dateChoiceError) {
    }

    public record Option(String value, String label) {
    }

    /** One line of "Vérifiez vos réponses". */
    public record SummaryLine(String questionId, String question, String answer, boolean answered) {
    }

    /** A word of a question's page or an error message ({@code ecran.suivant}, {@code erreurs.titre}). */
    public String screenText(String key) {
        return wording.screen(key, java.util.Map.of());
    }

    /** "Partie 2 sur 5 : Les soins". */
    public String progress(ShownQuestion shown) {
        return wording.screen("ecran.progression", java.util.Map.of("partie", String.valueOf(shown.part()),
                "parties", String.valueOf(shown.parts()), "nom", shown.partName()));
    }

    public Optional<Question> question(String id) {
        return questions.byId(id);
    }

    public Question first() {
        return questions.all().getFirst();
    }

    public ShownQuestion show(Question question, Facts facts, boolean answered) {
        return show(question, facts, answered, false);
    }

    /** {@code notYet}: the date question was answered "Non, pas encore". */
    public ShownQuestion show(Question question, Facts facts, boolean answered, boolean notYet) {
        Facts.Respondent who = facts.respondent();
        // A question opened directly (e.g. from a link) counts among those asked.
        List<Question> asked = questions.all().stream()
                .filter(candidate -> candidate == question || candidate.isAskedFor(facts)).toList();
        int index = asked.indexOf(question);
        List<Option> options = new java.util.ArrayList<>(optionsFor(question, facts).stream()
                .map(value -> new Option(value, wording.option(question.id(), value, who))).toList());
        if (offersUnknown(question) && question.kind() != Question.Kind.DATE) {
            options.add(new Option(UNKNOWN, wording.unknown()));
        }
        List<String> values = answered ? codec.read(facts, question.id()) : List.of();
        List<String> current = answered && values.isEmpty() && question.kind() != Question.Kind.DATE
                ? List.of(UNKNOWN) : values;
        List<Option> dateChoice = List.of();
        String dateChosen = null;
        if (question.kind() == Question.Kind.DATE) {
            List<Option> choice = new java.util.ArrayList<>(List.of(new Option(DATE_YES, wording.dateAnswer("oui"))));
            if (mayNotHaveHappened(question)) {
                choice.add(new Option(DATE_NOT_YET, wording.dateAnswer("pas-encore")));
            }
            choice.add(new Option(UNKNOWN, wording.unknown()));
            dateChoice = List.copyOf(choice);
            if (answered) {
                dateChosen = !values.isEmpty() ? DATE_YES : notYet ? DATE_NOT_YET : UNKNOWN;
            }
        }
        int part = questions.partOf(question);
        return new ShownQuestion(question, wording.title(question.id(), who), wording.help(question.id(), who),
                wording.where(question.id(), who), List.copyOf(options), wording.unknown(), current,
                index + 1, asked.size(), part, Questions.PARTS, wording.part(part, who),
                dateChoice, dateChosen, wording.dateAnswer("erreur-choix"));
    }

    /** "Je ne sais pas" is an answer everywhere but to "Qui répond ?": the one answering knows who they are. */
    private static boolean offersUnknown(Question question) {
        return !question.id().equals("respondent");
    }

    /**
     * Some events have happened by the time the question is asked, only their date can be unknown: the admission of
     * a person in hospital, the start of an isolement or contention already reported, and the judge's last decision
     * on it when the person said there was one.
     */
    private static boolean mayNotHaveHappened(Question question) {
        return !java.util.Set.of("admissionDate", "restraintStartDate", "lastRestraintDecisionDate")
                .contains(question.id());
    }

    /** The first question still needed that the user has not answered yet. */
    public Optional<Question> firstUnanswered(Facts facts, java.util.Set<String> answered) {
        return questions.askedFor(facts).stream().filter(question -> !answered.contains(question.id())).findFirst();
    }

    /** Records an answer; "Je ne sais pas" ({@link #UNKNOWN}) leaves the fact unknown. */
    public Facts answer(Facts facts, Question question, List<String> values) {
        return codec.write(facts, question, values.contains(UNKNOWN) ? List.of() : values);
    }

    /** The next question still needed after this one, given the answers so far. */
    public Optional<Question> next(Question current, Facts facts) {
        List<Question> all = questions.all();
        return all.subList(all.indexOf(current) + 1, all.size()).stream()
                .filter(question -> question.isAskedFor(facts)).findFirst();
    }

    public Optional<Question> previous(Question current, Facts facts) {
        List<Question> before = questions.all().subList(0, questions.all().indexOf(current));
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).isAskedFor(facts)) {
                return Optional.of(before.get(i));
            }
        }
        return Optional.empty();
    }

    public List<SummaryLine> summary(Facts facts, java.util.Set<String> answered) {
        return summary(facts, answered, java.util.Set.of());
    }

    /** {@code notYet}: the date questions answered "Non, pas encore". */
    public List<SummaryLine> summary(Facts facts, java.util.Set<String> answered, java.util.Set<String> notYet) {
        Facts.Respondent who = facts.respondent();
        return questions.askedFor(facts).stream().map(question -> {
            boolean done = answered.contains(question.id());
            List<String> values = codec.read(facts, question.id());
            String text;
            if (!done) {
                text = summaryWording.text("pas-encore-repondu");
            } else if (values.isEmpty() && notYet.contains(question.id())) {
                text = wording.dateAnswer("pas-encore");
            } else if (values.isEmpty()) {
                text = wording.unknown();
            } else if (question.kind() == Question.Kind.DATE) {
                text = java.time.LocalDate.parse(values.getFirst())
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else {
                text = String.join(" ; ", values.stream().map(v -> wording.option(question.id(), v, who)).toList());
            }
            return new SummaryLine(question.id(), wording.title(question.id(), who), text, done);
        }).toList();
    }

    /** Options that make sense for what is known: parents and the children's judge concern minors only. */
    private static List<String> optionsFor(Question question, Facts facts) {
        if (question.id().equals("careBasis") && facts.minor() == Boolean.FALSE) {
            return question.options().stream().filter(option -> !option.equals(CareBasis.PARENTS.name())
                    && !option.equals(CareBasis.CHILDREN_JUDGE.name())).toList();
        }
        return question.options();
    }
}
