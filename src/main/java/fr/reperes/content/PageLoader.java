package fr.reperes.content;

import fr.reperes.core.LetterId;
import fr.reperes.core.Links;
import fr.reperes.core.RegimeCode;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.Problems;
import fr.reperes.core.content.SourceFile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the pages of {@code content/pages/}: the front matter through the content reader, then what only
 * the library can check — the file's name, the body, the links between pages and to letters. Every problem is
 * collected (not only the first) and reported with the file and the field, so that an editor can fix a page in one
 * go.
 */
@Component
public class PageLoader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PAGE_LINK = Pattern.compile("/" + Links.PAGES + "/([a-z0-9-]+)(#[a-z0-9-]+)?");
    private static final Pattern LETTER_LINK = Pattern.compile("/" + Links.LETTERS + "/([a-z0-9-]+)");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MarkdownRenderer renderer;
    private final ContentReader reader;
    private final Clock clock;

    public PageLoader(MarkdownRenderer renderer, ContentReader reader, Clock clock) {
        this.renderer = renderer;
        this.reader = reader;
        this.clock = clock;
    }

    /** Loads all pages or throws a {@code ContentValidationException} listing every problem found. */
    public List<Page> load(Collection<SourceFile> files) {
        Problems problems = new Problems();
        Map<String, Page> pages = new LinkedHashMap<>();
        Map<String, List<String>> linksByFile = new HashMap<>();
        for (SourceFile file : files) {
            parse(file, problems, linksByFile).ifPresent(page -> {
                if (pages.putIfAbsent(page.slug(), page) != null) {
                    problems.add(file.path(), "le slug « " + page.slug() + " » est déjà utilisé par une autre page");
                }
            });
        }
        linksByFile.forEach((path, links) -> checkLinks(path, links, pages.keySet(), problems));
        problems.throwIfAny();
        return List.copyOf(pages.values());
    }

    private Optional<Page> parse(SourceFile file, Problems problems, Map<String, List<String>> linksByFile) {
        String where = file.path();
        int before = problems.size();
        Optional<PageHeader> read = reader.readHeader(file, PageHeader.class, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        PageHeader header = read.get();
        String slug = file.fileName().replaceFirst("\\.md$", "");
        if (!SLUG.matcher(slug).matches()) {
            problems.add(where, "le nom de fichier doit être le slug en minuscules et tirets (ex. soins-libres.md)");
        }
        if (header.slug() != null && !slug.equals(header.slug())) {
            problems.field(where, "slug", "« " + header.slug() + " » différent du nom du fichier (" + slug + ")");
        }
        if (header.reviewed() != null && header.reviewed().isAfter(LocalDate.now(clock.withZone(PARIS)))) {
            problems.field(where, "reviewed", "la date " + header.reviewed() + " est dans le futur");
        }
        MarkdownRenderer.Rendered body = renderer.render(ContentReader.split(file.text()).body());
        if (body.hasRawHtml()) {
            problems.add(where, "le texte contient du HTML brut, interdit (écrivez en Markdown)");
        }
        if (body.text().isBlank()) {
            problems.add(where, "le texte de la page est vide");
        }
        linksByFile.put(where, body.links());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Page(slug, header.title().strip(), header.summary().strip(), header.theme(),
                regimes(header.regimes()), header.audience().stream().map(Audience::toString).toList(),
                header.legal(), header.sources().stream().map(String::strip).toList(), header.reviewed(),
                header.keywords() == null ? List.of() : header.keywords().stream().map(String::strip).toList(),
                body.html(), body.headings(), body.text()));
    }

    private static Set<RegimeCode> regimes(Set<RegimeCode> regimes) {
        return regimes.isEmpty() ? EnumSet.noneOf(RegimeCode.class) : EnumSet.copyOf(regimes);
    }

    private static void checkLinks(String where, List<String> links, Set<String> slugs, Problems problems) {
        for (String link : links) {
            Matcher page = PAGE_LINK.matcher(link);
            Matcher letter = LETTER_LINK.matcher(link);
            if (page.matches()) {
                if (!slugs.contains(page.group(1))) {
                    problems.add(where, "lien vers une page inconnue « " + link + " »");
                }
            } else if (letter.matches()) {
                if (LetterId.byId(letter.group(1)).isEmpty()) {
                    problems.add(where, "lien vers une lettre inconnue « " + link + " »");
                }
            } else if (!link.startsWith("https://")) {
                problems.add(where, "lien non admis « " + link
                        + " » (attendu : /fiches/<slug>, /lettres/<id> ou une adresse https://)");
            }
        }
    }
}
