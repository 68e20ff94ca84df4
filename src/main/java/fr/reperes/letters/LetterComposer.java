package fr.reperes.letters;

import com.samskivert.mustache.Template;
import fr.reperes.core.FrenchTypography;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts a user's values into a letter's templates. Each value is inserted once, as text: JMustache never parses a
 * value, so "{{…}}" typed by a user is printed as typed. Renderers escape the result for HTML, PDF or DOCX.
 */
final class LetterComposer {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private LetterComposer() {
    }

    /**
     * @param placeholders in a preview, a required field still empty shows as "[its label]" so the user sees
     *                     where it goes; an exported letter is validated first and never has one
     */
    static ComposedLetter compose(Letter letter, LetterTemplates templates, Map<String, String> values,
                                  boolean placeholders, LocalDate today) {
        Map<String, Object> context = context(letter, values, placeholders);
        LocalDate date = LetterValidator.parseDate(values.get("date_lettre"));
        date = date == null ? today : date;
        List<String> attachments = items(templates.attachments(), context);
        ComposedLetter.Instructions instructions = new ComposedLetter.Instructions(
                text(templates.recipientInstruction(), context), items(templates.sending(), context), attachments,
                text(templates.delay(), context), items(templates.withoutAnswer(), context),
                items(templates.notes(), context), legal(letter));
        return new ComposedLetter(letter.id(), letter.title(), date, date + "-" + letter.fileName(),
                lines(templates.sender(), context), lines(templates.recipient(), context),
                oneLine(templates.placeDate(), context), oneLine(templates.mention(), context),
                oneLine(templates.object(), context), text(templates.body(), context),
                blocks(templates.signature(), context), attachments, items(templates.copies(), context), instructions);
    }

    static Map<String, Object> context(Letter letter, Map<String, String> values, boolean placeholders) {
        Map<String, Object> context = new HashMap<>();
        for (LetterField field : letter.fields()) {
            String value = field.visibleFor(values) ? UserText.clean(values.get(field.id()), field.type().singleLine()) : "";
            if (field.type() == FieldType.CHOICE) {
                if (!field.visibleFor(values)) {
                    continue; // a question not asked says nothing, not even its default answer
                }
                LetterField.Option option = field.option(value).orElseGet(() ->
                        field.defaultValue() == null ? null : field.option(field.defaultValue()).orElse(null));
                if (option != null) {
                    context.put(field.id(), option.text());
                    context.put(field.id() + "_" + option.value().toLowerCase(Locale.ROOT), true);
                    option.flags().forEach(flag -> context.put(flag, true));
                }
                continue;
            }
            if (value.isEmpty() && placeholders && field.required() && field.visibleFor(values)) {
                value = "[" + field.label() + "]";
            } else if (field.type() == FieldType.DATE) {
                LocalDate date = LetterValidator.parseDate(value);
                value = date == null ? value : frenchDate(date);
            }
            context.put(field.id(), value);
        }
        return context;
    }

    /** "1er mars 2026", "22 novembre 2026": the form of dates in French letters. */
    static String frenchDate(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + date.format(MONTH_YEAR);
    }

    private static List<String> legal(Letter letter) {
        List<String> legal = new ArrayList<>();
        letter.legal().forEach(reference -> legal.add(reference + " — " + reference.codeName()));
        legal.addAll(letter.otherLegal());
        return legal;
    }

    private static String text(Template template, Map<String, Object> context) {
        String rendered = template.execute(context).replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(rendered.length());
        for (String line : rendered.split("\n", -1)) {
            out.append(line.replaceAll("(?<=\\S) {2,}", " ").stripTrailing()).append('\n');
        }
        return FrenchTypography.apply(out.toString().replaceAll("\n{3,}", "\n\n").strip());
    }

    private static String oneLine(Template template, Map<String, Object> context) {
        return text(template, context).replaceAll("\\s*\n\\s*", " ");
    }

    private static List<String> lines(Template template, Map<String, Object> context) {
        return text(template, context).lines().filter(line -> !line.isBlank()).toList();
    }

    private static List<List<String>> blocks(Template template, Map<String, Object> context) {
        List<List<String>> blocks = new ArrayList<>();
        for (String block : text(template, context).split("\n\\s*\n")) {
            List<String> lines = block.lines().filter(line -> !line.isBlank()).toList();
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        return blocks;
    }

    private static List<String> items(List<Template> templates, Map<String, Object> context) {
        return templates.stream().map(template -> text(template, context)).filter(item -> !item.isBlank()).toList();
    }
}
