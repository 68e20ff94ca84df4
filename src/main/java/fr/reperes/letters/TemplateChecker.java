package fr.reperes.letters;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import fr.reperes.core.content.Problems;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compiles the letter templates and checks that every name they use is declared: a typo in a template would
 * otherwise print an empty space in a letter someone sends to a judge.
 *
 * <p>Two compilers: plain text for the letter pieces (user values go in as typed, each renderer escapes them) and
 * HTML-escaping for the page layouts. No partials, no unescaped tags in HTML: a value is always inserted once, as
 * text, so template syntax typed by a user is printed and never executed.
 */
final class TemplateChecker {

    static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).defaultValue("")
            .emptyStringIsFalse(true);
    static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("")
            .emptyStringIsFalse(true);
    private static final Pattern UNESCAPED = Pattern.compile("\\{\\{\\{|\\{\\{\\s*&");
    private static final Set<String> ITERATION_NAMES = Set.of(".", "this", "-first", "-last", "-index");

    private TemplateChecker() {
    }

    /**
     * Compiles {@code source}; returns null and records a French problem naming {@code where} and {@code key} when
     * it does not compile or uses a name outside {@code known}. Names used are added to {@code used}.
     */
    static Template compile(Mustache.Compiler compiler, String source, String where, String key, Set<String> known,
                            Set<String> used, Problems problems) {
        if (compiler == HTML && UNESCAPED.matcher(source).find()) {
            problems.field(where, key, "les balises non échappées ({{{…}}} ou {{&…}}) sont interdites");
            return null;
        }
        Template template;
        try {
            template = compiler.compile(source);
        } catch (MustacheException e) {
            problems.field(where, key, "modèle illisible (" + firstLine(e.getMessage()) + ")");
            return null;
        }
        Set<String> names = new HashSet<>();
        boolean[] forbidden = {false};
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                names.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                forbidden[0] = true;
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                forbidden[0] = true;
                return false;
            }

            @Override
            public boolean visitBlock(String name) {
                forbidden[0] = true;
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                names.add(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                names.add(name);
                return true;
            }
        });
        if (forbidden[0]) {
            problems.field(where, key, "les inclusions de modèles ({{>…}}, {{<…}}, {{$…}}) sont interdites");
            return null;
        }
        int before = problems.size();
        for (String name : names.stream().sorted().toList()) {
            String root = name.contains(".") && !name.equals(".") ? name.substring(0, name.indexOf('.')) : name;
            if (!ITERATION_NAMES.contains(name) && !known.contains(name) && !known.contains(root)) {
                problems.field(where, key, "« {{" + name
                        + "}} » n'est déclaré par aucun champ de la lettre (faute de frappe ?)");
            }
        }
        used.addAll(names);
        return problems.size() > before ? null : template;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
