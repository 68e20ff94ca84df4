package fr.reperes.core.content;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reader of the content's YAML (files and Markdown front matter): it binds a file to a record, strictly. A
 * key written twice, an unknown key, a value of the wrong kind (a list where a text is expected, a word where a
 * date is), an unknown code, and a required field left empty are each reported with the file and the field
 * ({@code fields[2].type}; list items counted from 1), in French, and reading goes on so that every problem of a
 * file is reported at once. Required fields are declared on the records with Bean Validation annotations.
 */
@Component
public final class ContentReader {

    /** A Markdown file cut in two: the YAML between the first two "---" lines (null when absent) and the rest. */
    public record Document(String header, String body) {
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate .*\"(.+)\"");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A value refused in a list is reported and left out, so that the rest of the list is still read.
            .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.SKIP))
            .build();
    private final Validator validator;

    public ContentReader() {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            this.validator = factory.getValidator();
        }
    }

    /** The whole file bound to {@code type}; empty when it could not be read at all (the problem is recorded). */
    public <T> Optional<T> read(SourceFile file, Class<T> type, Problems problems) {
        return read(file.path(), file.text(), type, problems);
    }

    /** A file whose keys are ids, each bound to {@code type}: "id: {title: …, description: …}". */
    public <V> Map<String, V> readEntries(SourceFile file, Class<V> type, Problems problems) {
        JavaType mapType = yaml.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, type);
        Map<String, V> entries = this.<Map<String, V>>read(file.path(), file.text(), mapType, problems).orElse(Map.of());
        entries.forEach((key, value) -> validate(file.path(), key + ".", value, Set.of(), problems));
        return entries;
    }

    /** The front matter of a Markdown file bound to {@code type}; empty when absent or unreadable. */
    public <T> Optional<T> readHeader(SourceFile file, Class<T> type, Problems problems) {
        Document document = split(file.text());
        if (document.header() == null) {
            problems.add(file.path(), "en-tête YAML (entre deux lignes « --- ») manquant");
            return Optional.empty();
        }
        return read(file.path(), document.header(), type, problems);
    }

    /** The file as a tree (for texts whose keys are free), with duplicate keys refused like everywhere else. */
    public Optional<JsonNode> tree(SourceFile file, Problems problems) {
        try {
            JsonNode root = yaml.readTree(file.text());
            return Optional.ofNullable(root == null || root.isMissingNode() ? null : root);
        } catch (JacksonException e) {
            problems.add(file.path(), "YAML illisible (" + readable(e) + ")");
            return Optional.empty();
        }
    }

    /** Cuts a Markdown file into its front matter and its body. */
    public static Document split(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return new Document(null, normalised);
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            return new Document(null, normalised);
        }
        int bodyStart = normalised.indexOf('\n', end + 4);
        return new Document(normalised.substring(4, end + 1), bodyStart < 0 ? "" : normalised.substring(bodyStart + 1));
    }

    private <T> Optional<T> read(String where, String text, Class<T> type, Problems problems) {
        return read(where, text, yaml.constructType(type), problems);
    }

    private <T> Optional<T> read(String where, String text, JavaType type, Problems problems) {
        Collector collector = new Collector(where, problems);
        T value;
        try {
            // Syntax first (an unreadable file says only that), then the binding, which goes on after a problem.
            JsonNode tree = yaml.readTree(text);
            value = tree == null || tree.isMissingNode() ? null : yaml.readerFor(type).withHandler(collector).readValue(tree);
        } catch (JacksonException e) {
            problems.add(where, problem(e));
            return Optional.empty();
        }
        if (value == null) {
            if (collector.wrongFields.isEmpty()) {
                problems.add(where, "le fichier est vide");
            }
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?>)) {
            validate(where, "", value, collector.wrongFields, problems);
        }
        return Optional.of(value);
    }

    /**
     * Records the required fields left empty; a value (or a list whose item) already reported as unreadable is not
     * reported again as missing.
     */
    private void validate(String where, String prefix, Object value, Set<String> alreadyReported, Problems problems) {
        validator.validate(value).stream()
                .map(violation -> Map.entry(prefix + path(violation.getPropertyPath()), violation.getMessage()))
                .filter(violation -> alreadyReported.stream().noneMatch(reported -> reported.equals(violation.getKey())
                        || reported.startsWith(violation.getKey() + "[") || reported.startsWith(violation.getKey() + ".")))
                .sorted(Map.Entry.comparingByKey())
                .forEach(violation -> problems.field(where, violation.getKey(), violation.getValue()));
    }

    /** A problem that stopped the reading of the file: where it is and what was expected, without Jackson's jargon. */
    private static String problem(JacksonException e) {
        if (!(e instanceof MismatchedInputException mismatch)) {
            return "YAML illisible (" + readable(e) + ")";
        }
        String field = field(e.getPath());
        return field.isEmpty() ? "le fichier doit être une suite de champs « nom: valeur »"
                : "champ « " + field + " » : " + expected(mismatch.getTargetType());
    }

    private static String readable(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            message = "clé « " + duplicate.group(1) + " » écrite deux fois";
        }
        return e.getLocation() == null ? message : message + ", ligne " + e.getLocation().getLineNr();
    }

    /** "fields[2].type": property names, list items counted from 1. */
    private static String field(List<JacksonException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex() + 1).append(']');
            }
        }
        return field.toString();
    }

    /** The same form for a Bean Validation path: {@code fields[1].label}, a map's key as a name. */
    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex() + 1).append(']');
            } else if (node.getKey() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getKey());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "valeur invalide";
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type.isArray()) {
            return "une liste est attendue, comme [a, b]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "une suite de champs « nom: valeur » est attendue";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true ou false est attendu";
        }
        if (type == Integer.class || type == int.class) {
            return "un nombre entier est attendu";
        }
        if (type == LocalDate.class) {
            return "une date AAAA-MM-JJ est attendue";
        }
        if (type.isEnum()) {
            return "une valeur parmi " + choices(type) + " est attendue";
        }
        return "un texte est attendu";
    }

    /** The values as content writes them: an enum with a spelling of its own gives it by {@code toString()}. */
    private static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** Records what Jackson finds wrong and lets the reading go on. */
    private static final class Collector extends DeserializationProblemHandler {

        private final String where;
        private final Problems problems;
        private final Set<String> wrongFields = new HashSet<>();

        Collector(String where, Problems problems) {
            this.where = where;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             ValueDeserializer<?> deserializer, Object beanOrClass, String name) {
            report(parser, name, "clé inconnue (faute de frappe ?)");
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                                             String failure) {
            report(context.getParser(), null, unknown(value, target));
            return null;
        }

        @Override
        public Object handleWeirdKey(DeserializationContext context, Class<?> keyType, String key, String failure) {
            report(context.getParser(), key, unknown(key, keyType));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                                             String failure) {
            report(context.getParser(), null, "valeur « " + value + " » invalide : " + expected(target));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                                            JsonParser parser, String failure) {
            String field = current(parser, null, token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT);
            if (field.isEmpty()) {
                problems.add(where, "le fichier doit être une suite de champs « nom: valeur »");
                wrongFields.add(field);
            } else {
                wrongFields.add(field);
                problems.field(where, field, expected(target.getRawClass()));
            }
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleInstantiationProblem(DeserializationContext context, Class<?> type, Object argument,
                                                 Throwable problem) {
            Throwable cause = problem;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            report(context.getParser(), null, cause.getMessage() == null ? "valeur invalide" : cause.getMessage());
            return null;
        }

        private void report(JsonParser parser, String name, String message) {
            String field = current(parser, name, false);
            wrongFields.add(field);
            problems.field(where, field, message);
        }

        private static String unknown(String value, Class<?> type) {
            return type.isEnum() ? "valeur « " + value + " » inconnue (valeurs possibles : " + choices(type) + ")"
                    : "valeur « " + value + " » invalide : " + expected(type);
        }

        /**
         * The field being read, as a path ("fields[2].type"): {@code name} for a key not yet entered, and the parent
         * of the context when the parser stands on the opening of the (unexpected) list or map.
         */
        private static String current(JsonParser parser, String name, boolean opened) {
            Deque<String> parts = new ArrayDeque<>();
            TokenStreamContext context = opened ? parser.streamReadContext().getParent() : parser.streamReadContext();
            boolean first = true;
            while (context != null && !context.inRoot()) {
                if (context.inArray()) {
                    // The index of the element being read; an array just opened has not counted it yet.
                    int index = Math.max(context.getCurrentIndex(), 0);
                    parts.push("[" + (index + 1) + "]");
                } else if (context.inObject()) {
                    String key = first && name != null ? name : context.currentName();
                    if (key != null) {
                        parts.push("." + key);
                    }
                }
                first = false;
                context = context.getParent();
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path;
        }
    }
}
