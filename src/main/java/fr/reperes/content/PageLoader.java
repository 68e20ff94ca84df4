package fr.reperes.content;

import fr.reperes.core.RegimeCode;
import fr.reperes.core.LegalReference;
import fr.reperes.core.LetterId;
import fr.reperes.core.content.ContentValidationException;
import fr.reperes.core.content.SourceFile;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and validates the pages of {@code content/pages/}. Every problem is collected (not only the first) and
 * reported with the file and the field, so that an editor can fix a page in one go.
 */
@Component
public class PageLoader {

    static final Set<String> AUDIENCES = Set.of("patient", "proche", "association", "avocat");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PAGE_LINK = Pattern.compile("/fiches/([a-z0-9-]+)(#[a-z0-9-]+)?");
    private static final Pattern LETTER_LINK = Pattern.compile("/lettres/([a-z0-9-]+)");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MarkdownRenderer renderer;
    private final Clock clock;

    public PageLoader(MarkdownRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Loads all pages or throws a {@link ContentValidationException} listing every problem found. */
    public List<Page> load(Collection<SourceFile> files) {
        List<String> problems = new ArrayList<>();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, List<String>> linksByFile = new HashMap<>();
        for (SourceFile file : files) {
            Page page = parse(file, problems, linksByFile);
            if (page == null) {
                continue;
            }
            if (pages.containsKey(page.slug())) {
                problems.add(file.path() + " : le slug « " + page.slug() + " » est déjà utilisé par une autre page");
            } else {
                pages.put(page.slug(), page);
            }
        }
        linksByFile.forEach((path, links) -> checkLinks(path, links, pages.keySet(), problems));
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return List.copyOf(pages.values());
    }

    /** Splits a file into its YAML front matter and its Markdown body; null front matter when absent. */
    static String[] split(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return new String[]{null, normalised};
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            return new String[]{null, normalised};
        }
        int bodyStart = normalised.indexOf('\n', end + 4);
        return new String[]{normalised.substring(4, end), bodyStart < 0 ? "" : normalised.substring(bodyStart + 1)};
    }

    private Page parse(SourceFile file, List<String> problems, Map<String, List<String>> linksByFile) {
        String where = file.path();
        String[] parts = split(file.text());
        if (parts[0] == null) {
            problems.add(where + " : en-tête YAML (entre deux lignes « --- ») manquant");
            return null;
        }
        Map<String, Object> front;
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(parts[0]);
            if (!(parsed instanceof Map<?, ?> map)) {
                problems.add(where + " : l'en-tête YAML doit être une liste de champs « nom: valeur »");
                return null;
            }
            front = new HashMap<>();
            map.forEach((key, value) -> front.put(String.valueOf(key), value));
        } catch (YAMLException e) {
            problems.add(where + " : en-tête YAML illisible (" + firstLine(e.getMessage()) + ")");
            return null;
        }
        int before = problems.size();
        String slug = file.fileName().replaceFirst("\\.md$", "");
        if (!SLUG.matcher(slug).matches()) {
            problems.add(where + " : le nom de fichier doit être le slug en minuscules et tirets (ex. soins-libres.md)");
        }
        if (front.containsKey("slug") && !slug.equals(String.valueOf(front.get("slug")))) {
            problems.add(where + " : champ « slug » (" + front.get("slug") + ") différent du nom du fichier (" + slug + ")");
        }
        String title = requiredText(front, "title", where, problems);
        String summary = requiredText(front, "summary", where, problems);
        PageTheme theme = null;
        String themeId = requiredText(front, "theme", where, problems);
        if (themeId != null) {
            theme = PageTheme.byId(themeId);
            if (theme == null) {
                problems.add(where + " : champ « theme » inconnu : « " + themeId + " »");
            }
        }
        Set<RegimeCode> regimes = EnumSet.noneOf(RegimeCode.class);
        for (String code : list(front, "regimes", where, problems, false)) {
            if (RegimeCode.isKnown(code)) {
                regimes.add(RegimeCode.valueOf(code));
            } else {
                problems.add(where + " : champ « regimes » : code de régime inconnu « " + code + " »");
            }
        }
        List<String> audience = list(front, "audience", where, problems, true);
        for (String who : audience) {
            if (!AUDIENCES.contains(who)) {
                problems.add(where + " : champ « audience » : public inconnu « " + who + " » (attendu : " + AUDIENCES + ")");
            }
        }
        List<LegalReference> legal = new ArrayList<>();
        for (String reference : list(front, "legal", where, problems, true)) {
            LegalReference.parse(reference).ifPresentOrElse(legal::add, () -> problems.add(where
                    + " : champ « legal » : référence mal formée « " + reference
                    + " » (forme attendue : « CSP L.3212-1 », « CP 132-45 », « CPP 706-135 », « CC 459 »)"));
        }
        List<String> sources = list(front, "sources", where, problems, true);
        LocalDate reviewed = reviewDate(front.get("reviewed"), where, problems);
        List<String> keywords = front.containsKey("keywords") ? list(front, "keywords", where, problems, false) : List.of();

        MarkdownRenderer.Rendered body = renderer.render(parts[1]);
        if (body.hasRawHtml()) {
            problems.add(where + " : le texte contient du HTML brut, interdit (écrivez en Markdown)");
        }
        if (body.text().isBlank()) {
            problems.add(where + " : le texte de la page est vide");
        }
        linksByFile.put(where, body.links());
        if (problems.size() > before) {
            return null;
        }
        return new Page(slug, title, summary, theme, regimes, audience, legal, sources, reviewed, keywords,
                body.html(), body.headings(), body.text());
    }

    private void checkLinks(String where, List<String> links, Set<String> slugs, List<String> problems) {
        for (String link : links) {
            Matcher page = PAGE_LINK.matcher(link);
            Matcher letter = LETTER_LINK.matcher(link);
            if (page.matches()) {
                if (!slugs.contains(page.group(1))) {
                    problems.add(where + " : lien vers une page inconnue « " + link + " »");
                }
            } else if (letter.matches()) {
                if (LetterId.byId(letter.group(1)).isEmpty()) {
                    problems.add(where + " : lien vers une lettre inconnue « " + link + " »");
                }
            } else if (!link.startsWith("https://")) {
                problems.add(where + " : lien non admis « " + link
                        + " » (attendu : /fiches/<slug>, /lettres/<id> ou une adresse https://)");
            }
        }
    }

    private LocalDate reviewDate(Object value, String where, List<String> problems) {
        if (value == null || String.valueOf(value).isBlank()) {
            problems.add(where + " : champ « reviewed » manquant ou vide (date de dernière vérification, AAAA-MM-JJ)");
            return null;
        }
        LocalDate date;
        try {
            date = value instanceof Date legacy
                    ? legacy.toInstant().atZone(ZoneId.of("UTC")).toLocalDate()
                    : LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problems.add(where + " : champ « reviewed » : date invalide « " + value + " » (forme attendue AAAA-MM-JJ)");
            return null;
        }
        if (date.isAfter(LocalDate.now(clock.withZone(PARIS)))) {
            problems.add(where + " : champ « reviewed » : la date " + date + " est dans le futur");
            return null;
        }
        return date;
    }

    private static String requiredText(Map<String, Object> front, String field, String where, List<String> problems) {
        Object value = front.get(field);
        if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?> || String.valueOf(value).isBlank()) {
            problems.add(where + " : champ « " + field + " » manquant ou vide");
            return null;
        }
        return String.valueOf(value).strip();
    }

    private static List<String> list(Map<String, Object> front, String field, String where, List<String> problems,
                                     boolean required) {
        Object value = front.get(field);
        if (value == null) {
            if (required || !front.containsKey(field)) {
                problems.add(where + " : champ « " + field + " » manquant");
            }
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(where + " : champ « " + field + " » : une liste est attendue, comme [a, b]");
            return List.of();
        }
        if (required && items.isEmpty()) {
            problems.add(where + " : champ « " + field + " » vide");
        }
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            if (item == null || String.valueOf(item).isBlank()) {
                problems.add(where + " : champ « " + field + " » : élément vide");
            } else {
                result.add(String.valueOf(item).strip());
            }
        }
        return result;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
