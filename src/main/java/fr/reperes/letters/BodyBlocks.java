package fr.reperes.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a letter read as paragraphs (separated by a blank line) and lists (paragraphs whose every line starts
 * with "- "), so that the PDF and the DOCX get real paragraphs and lists, not lines.
 */
record BodyBlocks(List<Block> blocks) {

    record Block(boolean list, List<String> lines) {
    }

    static BodyBlocks of(String body) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : body.strip().split("\n\\s*\n")) {
            List<String> lines = paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean list = lines.stream().allMatch(line -> line.startsWith("- ") || line.startsWith("• "));
            blocks.add(new Block(list, list ? lines.stream().map(line -> line.substring(2).strip()).toList() : lines));
        }
        return new BodyBlocks(blocks);
    }
}
