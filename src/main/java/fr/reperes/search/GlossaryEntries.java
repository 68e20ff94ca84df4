package fr.reperes.search;

import fr.reperes.content.MarkdownRenderer;
import fr.reperes.core.Links;
import fr.reperes.core.content.ContentReader;
import fr.reperes.core.content.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits the glossary page on its {@code ## } headings: one search document per term, linked to its anchor. */
final class GlossaryEntries {

    private GlossaryEntries() {
    }

    static List<SearchDocument> of(SourceFile glossary, MarkdownRenderer renderer) {
        List<SearchDocument> entries = new ArrayList<>();
        String heading = null;
        StringBuilder section = new StringBuilder();
        for (String line : ContentReader.split(glossary.text()).body().lines().toList()) {
            if (line.startsWith("## ")) {
                add(entries, heading, section, renderer);
                heading = line.substring(3).strip();
                section.setLength(0);
            } else if (heading != null) {
                section.append(line).append('\n');
            }
        }
        add(entries, heading, section, renderer);
        return entries;
    }

    private static void add(List<SearchDocument> entries, String heading, CharSequence markdown,
                            MarkdownRenderer renderer) {
        if (heading == null) {
            return;
        }
        String anchor = MarkdownRenderer.anchor(heading);
        String definition = renderer.render(markdown.toString()).text().strip();
        // The definition is both the summary (shown when the term matched in the title) and the body (snippet).
        entries.add(new SearchDocument(SearchCorpus.GLOSSARY + "#" + anchor, ResultType.GLOSSAIRE,
                "/" + Links.page(SearchCorpus.GLOSSARY, anchor), heading, firstSentence(definition),
                List.of(), List.of(), definition, Set.of()));
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
