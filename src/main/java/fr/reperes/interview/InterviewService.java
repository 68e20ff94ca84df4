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

    public InterviewService(Questions questions, QuestionWording wording, FactsCodec codec) {
        this.questions = questions;
        this.wording = wording;
        this.codec = codec;
    }

    /** A question as shown to the user, in the wording that fits who is answering. */
    public record ShownQuestion(Question question, String title, String help, String where,
                                List<Option> options, String unknownLabel, List<String> current,
                                int position, int total) {
    }

    public record Option(String value, String label) {
    }

    /** One line of "Vérifiez vos réponses". */
    public record SummaryLine(String questionId, String question, String answer, boolean answered) {
    }

    public Optional<Question> question(String id) {
        return questions.byId(id);
    }

    public Question first() {
        return questions.all().getFirst();
    }

    public ShownQuestion show(Question question, Facts facts, boolean answered) {
        Facts.Respondent who = facts.respondent();
        // A question opened directly (e.g. from a link) counts among those asked.
        List<Question> asked = questions.all().stream()
                .filter(candidate -> candidate == question || candidate.isAskedFor(facts)).toList();
        int index = asked.indexOf(question);
        List<Option> options = optionsFor(question, facts).stream()
                .map(value -> new Option(value, wording.option(question.id(), value, who))).toList();
        return new ShownQuestion(question, wording.title(question.id(), who), wording.help(question.id(), who),
                wording.where(question.id(), who), options, wording.unknown(),
                answered ? codec.read(facts, question.id()) : List.of(),
                index + 1, asked.size());
    }

    /** The first question still needed that the user has not answered yet. */
    public Optional<Question> firstUnanswered(Facts facts, java.util.Set<String> answered) {
        return questions.askedFor(facts).stream().filter(question -> !answered.contains(question.id())).findFirst();
    }

    public Facts answer(Facts facts, Question question, List<String> values) {
        return codec.write(facts, question, values);
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
        Facts.Respondent who = facts.respondent();
        return questions.askedFor(facts).stream().map(question -> {
            boolean done = answered.contains(question.id());
            List<String> values = codec.read(facts, question.id());
            String text;
            if (!done) {
                text = "Pas encore répondu";
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
