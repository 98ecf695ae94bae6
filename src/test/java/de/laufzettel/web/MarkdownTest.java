package de.laufzettel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    private static final String OWN = "/musterstadt/projects/p/tasks/7/attachments/";

    private static String render(String markdown) {
        return Markdown.render(markdown, OWN);
    }

    @Test
    void commonMarkIsRendered() {
        assertThat(render("**Wichtig:** Folien *bis Freitag*\n\n- eins\n- zwei"))
                .contains("<strong>Wichtig:</strong>").contains("<em>bis Freitag</em>").contains("<li>eins</li>");
        assertThat(render("[Stadt](https://www.musterstadt.de)"))
                .contains("href=\"https://www.musterstadt.de\"").contains("rel=\"nofollow noopener noreferrer\"")
                .contains(">Stadt</a>");
        assertThat(render("[Post](mailto:rathaus@musterstadt.de)")).contains("href=\"mailto:rathaus@musterstadt.de\"");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(render("<img src=x onerror=alert(1)>")).doesNotContain("<img").contains("&lt;img");
        assertThat(render("\"><svg onload=alert(1)>")).doesNotContain("<svg");
        assertThat(render("<details open ontoggle=alert(1)>")).doesNotContain("<details");
        assertThat(render("<script>alert(1)</script>")).doesNotContain("<script");
    }

    @Test
    void dangerousLinksLoseTheirLinkButKeepTheirText() {
        for (String bad : new String[] {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))", "[x](java&#09;script:alert(1))", "[x](&#x6A;avascript&colon;alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[x](vbscript:msgbox)",
                "<javascript:alert(1)>", "[x](<java script:alert(1)>)"}) {
            String html = render(bad);
            assertThat(html).as(bad).doesNotContain("href=\"javascript").doesNotContain("href=\"data")
                    .doesNotContain("href=\"vbscript").doesNotContainIgnoringCase("<a href=\"java");
        }
        assertThat(render("[Bericht](/musterstadt/projects)")).contains("href=\"/musterstadt/projects\"");
    }

    @Test
    void imagesOnlyFromTheTasksOwnAttachments() {
        assertThat(render("![Plan](" + OWN + "abc)")).contains("<img src=\"" + OWN + "abc\" alt=\"Plan\"");
        assertThat(render("![Tracker](https://evil.example/pixel.png)")).doesNotContain("<img").contains("[Tracker]");
        assertThat(render("![x](" + OWN + "../../../other)")).doesNotContain("<img");
        assertThat(render("![x](data:image/svg+xml;base64,PHN2Zz4=)")).doesNotContain("<img");
        assertThat(Markdown.render("![x](" + OWN + "abc)", null)).doesNotContain("<img");
    }
}
