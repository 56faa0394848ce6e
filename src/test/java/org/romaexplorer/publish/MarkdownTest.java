package org.romaexplorer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/paper-fit.md as the design report shows it (CommonMark + GFM tables): what the hand-written renderer
 * lost (emphasis, ordered and nested lists, code fences, escaped pipes in tables) renders; links and images keep
 * only their text; raw HTML is text; headings sit under the page's own.
 */
class MarkdownTest {

    /** Markdown ("\n" written as "\\n") and the exact HTML it becomes, headings shifted by one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "lands 3.6× *below* it           | <p>lands 3.6× <em>below</em> it</p>",
            "**bold** and _under_            | <p><strong>bold</strong> and <em>under</em></p>",
            "1. one\\n2. two                 | <ol>\\n<li>one</li>\\n<li>two</li>\\n</ol>",
            "- a\\n  - b\\n- c               | <ul>\\n<li>a\\n<ul>\\n<li>b</li>\\n</ul>\\n</li>\\n<li>c</li>\\n</ul>",
            "```\\nx < y && z\\n```          | <pre><code>x &lt; y &amp;&amp; z\\n</code></pre>",
            "`a<b`                           | <p><code>a&lt;b</code></p>",
            "# Title                         | <h2>Title</h2>",
            "##### Deep                      | <h6>Deep</h6>",
            "see [the paper](http://x/y)     | <p>see the paper</p>",
            "![a chart](http://x/c.png)      | <p>a chart</p>",
            "<script>alert(1)</script>       | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
    })
    void rendersCommonMark(String markdown, String html) {
        String md = markdown.strip().replace("\\n", "\n");
        assertThat(Markdown.html(md, 1)).isEqualTo(html.strip().replace("\\n", "\n") + "\n");
    }

    @Test
    void tablesKeepEscapedPipesInTheirCell() {
        String html = Markdown.html("| row | value |\n|---|---:|\n| a \\| b | `1 \\| 2` |\n", 1);
        assertThat(html).contains("<th>row</th>").contains("<td>a | b</td>").contains("<td align=\"right\"><code>1 | 2</code></td>")
                .doesNotContain("\\|");
    }

    @Test
    void headingsNeverGoPastH6() {
        assertThat(Markdown.html("### Three", 5)).isEqualTo("<h6>Three</h6>\n");
    }

    /** The note the report bundles: well-formed inside the page, emphasis rendered, no link left. */
    @Test
    void paperFitRendersWithoutStrayMarkup() throws Exception {
        String html = DesignReport.paperFit();
        ReportFormatTest.xml("<div>" + html + "</div>");
        assertThat(html).contains("<em>below</em>").doesNotContain("*below*").doesNotContain("<a ").doesNotContain("**")
                .contains("<table>");
    }
}
