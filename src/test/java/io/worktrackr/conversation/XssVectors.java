package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Classic XSS vectors (after the OWASP XSS filter evasion cheat sheet), as Markdown and as raw HTML, and the
 * one check that rendered HTML is harmless: parsed as a browser would, only allow-listed elements and
 * attributes, no event handlers or styles, and no link or image target other than http(s), mailto or relative.
 */
final class XssVectors {

    private XssVectors() {}

    static final List<String> VECTORS = List.of(
            "<script>window.xss=1</script>",
            "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<img src=x onerror=\"window.xss=1\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<svg/onload=alert('XSS')>",
            "<BODY ONLOAD=alert('XSS')>",
            "<iframe src=\"javascript:alert('XSS');\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
            "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1) )",
            "[click](&#106;avascript:alert(1))",
            "[click](java\u0000script:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<javascript:alert(1)>",
            "[click][ref]\n\n[ref]: javascript:alert(1)",
            "[a](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
            "`<script>alert(1)</script>` and\n\n    <script>alert(1)</script>",
            "<details open ontoggle=alert(1)>");

    private static final Set<String> ELEMENTS = Set.of(
            "p",
            "br",
            "hr",
            "blockquote",
            "pre",
            "code",
            "em",
            "strong",
            "del",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "a",
            "img");

    private static final Set<String> ATTRIBUTES =
            Set.of("href", "title", "class", "data-user-id", "rel", "src", "alt", "start");

    /** Fails unless {@code html} can do nothing but show text, formatting and safe links. */
    static void assertHarmless(String html) {
        assertThat(html.toLowerCase(Locale.ROOT))
                .as(html)
                .doesNotContain(
                        "<script",
                        "<iframe",
                        "<svg",
                        "<style",
                        "<object",
                        "<meta",
                        "<form",
                        "<body",
                        "<math",
                        "<details",
                        "onerror=",
                        "onload=",
                        "style=");
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            if (element == document.body()) {
                continue;
            }
            assertThat(ELEMENTS)
                    .as("element <%s> in %s", element.tagName(), html)
                    .contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(ATTRIBUTES).as("attribute %s in %s", name, html).contains(name);
                if (name.equals("href") || name.equals("src")) {
                    String url = attribute
                            .getValue()
                            .replaceAll("[\\s\\p{Cntrl}]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(url).as("URL in %s", html).matches("(https?:|mailto:|/|#|[a-z0-9._~-]*(/|$|\\?|#)).*");
                    assertThat(url).as(html).doesNotContain("javascript:", "vbscript:", "data:");
                }
            }
        }
    }
}
