package fr.reperes.letters;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * The letter as an editable Word document (DOCX): same content and order as the PDF, A4, real paragraphs, headings
 * on the instruction page, French as the document language. POI writes each value as text (XML-escaped).
 */
final class DocxLetterRenderer {

    private static final String FONT = "Arial";
    private static final int SIZE = 11;
    /** Where the recipient, the date and the signature start: about 9 cm from the margin, as for a window envelope. */
    private static final int RIGHT_BLOCK = 4990;
    private static final int SPACE_AFTER = 160;

    private DocxLetterRenderer() {
    }

    static byte[] render(ComposedLetter letter, LetterLayout layout, LocalDate reviewed) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            setUp(document, letter.title());
            lines(document, letter.sender(), 0, 0);
            XWPFParagraph recipient = lines(document, letter.recipient(), RIGHT_BLOCK, 0);
            recipient.setSpacingBefore(600);
            lines(document, List.of(letter.placeAndDate()), RIGHT_BLOCK, 0).setSpacingBefore(360);
            if (!letter.mention().isBlank()) {
                run(paragraph(document, 0), letter.mention()).setBold(true);
            }
            XWPFParagraph object = paragraph(document, 0);
            run(object, layout.word("objet")).setBold(true);
            run(object, letter.object()).setBold(true);
            object.setSpacingAfter(280);
            for (BodyBlocks.Block block : BodyBlocks.of(letter.body()).blocks()) {
                if (block.list()) {
                    block.lines().forEach(item -> listItem(document, item));
                } else {
                    lines(document, block.lines(), 0, SPACE_AFTER);
                }
            }
            for (List<String> signature : letter.signatures()) {
                lines(document, signature, RIGHT_BLOCK, 1100);
            }
            if (!letter.attachments().isEmpty()) {
                run(paragraph(document, 0), layout.word("pieces_jointes")).setBold(true);
                letter.attachments().forEach(item -> listItem(document, item));
            }
            if (!letter.copies().isEmpty()) {
                run(paragraph(document, 0), layout.word("copie") + " " + String.join(" ; ", letter.copies()));
            }
            instructions(document, letter, layout, reviewed);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Fabrication du document Word impossible", e);
        }
    }

    private static void instructions(XWPFDocument document, ComposedLetter letter, LetterLayout layout,
                                     LocalDate reviewed) {
        ComposedLetter.Instructions instructions = letter.instructions();
        XWPFParagraph title = paragraph(document, 0);
        title.setPageBreak(true);
        title.setStyle("Heading1");
        run(title, layout.word("instructions_titre"));
        run(paragraph(document, 0), letter.title() + ". " + layout.word("instructions_avertissement")).setItalic(true);
        section(document, layout.word("a_qui"), List.of(instructions.recipient()), false);
        section(document, layout.word("comment_envoyer"), instructions.sending(), true);
        section(document, layout.word("pieces_a_joindre"), instructions.attachments(), true);
        section(document, layout.word("delai"), List.of(instructions.delay()), false);
        section(document, layout.word("sans_reponse"), instructions.withoutAnswer(), true);
        section(document, layout.word("a_savoir"), instructions.notes(), true);
        section(document, layout.word("textes"), instructions.legal(), true);
        String footer = layout.word("pied") + (reviewed == null ? ""
                : " " + layout.word("modele_verifie") + " " + LetterComposer.frenchDate(reviewed) + ".");
        XWPFRun small = run(paragraph(document, 0), footer);
        small.setFontSize(9);
    }

    private static void section(XWPFDocument document, String heading, List<String> items, boolean list) {
        if (items.isEmpty() || items.stream().allMatch(String::isBlank)) {
            return;
        }
        XWPFParagraph title = paragraph(document, 0);
        title.setStyle("Heading2");
        run(title, heading);
        for (String item : items) {
            if (list) {
                listItem(document, item);
            } else {
                lines(document, item.lines().toList(), 0, SPACE_AFTER);
            }
        }
    }

    private static XWPFParagraph lines(XWPFDocument document, List<String> lines, int indent, int spaceAfter) {
        XWPFParagraph paragraph = paragraph(document, indent);
        paragraph.setSpacingAfter(spaceAfter);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = run(paragraph, lines.get(i));
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
        return paragraph;
    }

    private static void listItem(XWPFDocument document, String item) {
        XWPFParagraph paragraph = paragraph(document, 360);
        paragraph.setIndentationHanging(240);
        paragraph.setSpacingAfter(60);
        List<String> lines = item.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = run(paragraph, (i == 0 ? "– " : "") + lines.get(i));
            if (i < lines.size() - 1) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, int indent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        paragraph.setSpacingAfter(SPACE_AFTER);
        if (indent > 0) {
            paragraph.setIndentationLeft(indent);
        }
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(SIZE);
        run.setText(text);
        return run;
    }

    private static void setUp(XWPFDocument document, String title) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1020));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1247));
        margins.setRight(BigInteger.valueOf(1134));
        XWPFStyles styles = document.createStyles();
        styles.setSpellingLanguage("fr-FR");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(heading(styles, "Heading1", "heading 1", 0, 30));
        styles.addStyle(heading(styles, "Heading2", "heading 2", 1, 24));
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("Repères");
    }

    private static XWPFStyle heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        var runProperties = style.addNewRPr();
        runProperties.addNewB();
        runProperties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style, styles);
    }
}
