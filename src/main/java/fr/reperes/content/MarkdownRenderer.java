package fr.reperes.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import fr.reperes.core.LegalReference;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Markdown body of a page into safe HTML. The parser and renderer are built once: they are thread-safe.
 * Raw HTML in content is escaped (and refused by the validation), headings get accent-free anchors, and article
 * references written "CSP L.3212-1" in the text become links to Légifrance.
 */
@Component
public class MarkdownRenderer {

    /** An article reference inside running text. */
    static final Pattern REFERENCE_IN_TEXT = Pattern.compile("\\b" + LegalReference.FORM.pattern() + "\\b");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownRenderer::setAttributes;
                    }
                })
                .nodeRendererFactory(options1 -> new ReferenceLinker())
                .build();
    }

    /** The result of rendering one Markdown body, with what the validation needs to check it. */
    public record Rendered(String html, String text, List<Page.Heading> headings, List<String> links,
                           boolean hasRawHtml) {
    }

    public Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        List<Page.Heading> headings = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean[] rawHtml = {false};
        new NodeVisitor(
                new VisitHandler<>(Heading.class, heading -> {
                    if (heading.getLevel() == 2) {
                        headings.add(new Page.Heading(anchor(heading.getText().toString()), heading.getText().toString()));
                    }
                }),
                new VisitHandler<>(Link.class, link -> links.add(link.getUrl().toString())),
                new VisitHandler<>(HtmlBlock.class, block -> rawHtml[0] = true),
                new VisitHandler<>(HtmlInline.class, inline -> rawHtml[0] = true)
        ).visit(document);
        String text = plainText(document);
        return new Rendered(renderer.render(document), text, headings, links, rawHtml[0]);
    }

    /**
     * The words of a document, blocks separated by line breaks. (Flexmark's TextCollectingVisitor trips an
     * internal assertion on some multi-line list items, so the text is gathered here.)
     */
    private static String plainText(Node document) {
        StringBuilder text = new StringBuilder();
        NodeVisitor[] visitor = new NodeVisitor[1];
        VisitHandler<?>[] blocks = java.util.stream.Stream.of(Paragraph.class, Heading.class, ListItem.class,
                        TableCell.class)
                .map(type -> new VisitHandler<>(type, node -> {
                    visitor[0].visitChildren(node);
                    text.append('\n');
                })).toArray(VisitHandler<?>[]::new);
        visitor[0] = new NodeVisitor(blocks);
        visitor[0].addHandlers(new VisitHandler<?>[]{
                new VisitHandler<>(Text.class, node -> text.append(node.getChars().unescape())),
                new VisitHandler<>(Code.class, node -> text.append(node.getText().unescape())),
                new VisitHandler<>(SoftLineBreak.class, node -> text.append(' ')),
                new VisitHandler<>(HardLineBreak.class, node -> text.append('\n'))});
        visitor[0].visit(document);
        return text.toString();
    }

    /** "Ce que vous pouvez faire" → "ce-que-vous-pouvez-faire": lower case, no accents, dashes. */
    public static String anchor(String heading) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading heading && part == AttributablePart.NODE) {
            attributes.replaceValue("id", anchor(heading.getText().toString()));
        }
        if (node instanceof Link link && link.getUrl().startsWith("http")) {
            attributes.replaceValue("rel", "noopener noreferrer");
        }
    }

    /** Renders plain text, turning article references into links unless they already sit in a link. */
    private static final class ReferenceLinker implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getChars().unescape();
            if (node.getAncestorOfType(Link.class) != null || node.getAncestorOfType(Heading.class) != null) {
                html.text(text);
                return;
            }
            Matcher matcher = REFERENCE_IN_TEXT.matcher(text);
            int start = 0;
            while (matcher.find()) {
                html.text(text.substring(start, matcher.start()));
                LegalReference reference = new LegalReference(matcher.group(1), matcher.group(2));
                html.attr("href", reference.legifranceUrl())
                        .attr("rel", "noopener noreferrer")
                        .attr("class", "ref-legale")
                        .attr("aria-label", matcher.group() + " (" + reference.codeName() + ", sur Légifrance)")
                        .withAttr().tag("a");
                html.text(matcher.group());
                html.tag("/a");
                start = matcher.end();
            }
            html.text(text.substring(start));
        }
    }
}
