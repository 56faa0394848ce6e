package org.romaexplorer.publish;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The project's own notes (docs/paper-fit.md) as HTML for the design report: CommonMark with GitHub's tables
 * (commonmark-java). Headings are shifted down by {@code shift} levels, so they sit under the page's own;
 * links and images keep their text only and raw HTML is shown as text, so the page loads nothing and points
 * nowhere else. The output is well-formed XHTML.
 */
final class Markdown {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private Markdown() {}

    static String html(String markdown, int shift) {
        Node doc = PARSER.parse(markdown);
        List<Node> unwrap = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + shift));
                visitChildren(h);
            }

            @Override
            public void visit(Link link) {
                unwrap.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unwrap.add(image);
                visitChildren(image);
            }
        });
        unwrap.forEach(Markdown::replaceByChildren);
        return RENDERER.render(doc);
    }

    /** Puts the children of {@code node} (a link's text, an image's description) in its place. */
    private static void replaceByChildren(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
