package io.worktrackr.conversation;

import io.worktrackr.identity.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML, in two walls: CommonMark renders with raw HTML escaped (a pasted {@code <script>}
 * shows as text) and unsafe link targets dropped; then an allow-list sanitiser keeps only the elements and
 * attributes Markdown itself produces, with http, https and mailto links only. No script, event handler,
 * style, {@code javascript:} or {@code data:} URL survives either wall.
 *
 * <p>{@code @alice} and {@code @alice@demo.test} become mention links when the resolver knows the person;
 * anything else stays text. Mentions inside code and inside links are not mentions.
 */
@Component
class CommentRenderer {

    record Rendered(String html, Set<UUID> mentioned) {}

    /**
     * {@code @} not preceded by a word, e-mail or path character; a local part (not ending in a dot), optionally
     * followed by {@code @domain}.
     */
    static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@/+%-])@([A-Za-z0-9._%+-]*[A-Za-z0-9_%+-](?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?)");

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("class")
            .matching(Pattern.compile("mention"))
            .onElements("a")
            .allowAttributes("data-user-id")
            .matching(UUID_TEXT)
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,40}"))
            .onElements("code")
            .toFactory();

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(MentionRenderer::new)
            .build();

    /**
     * Renders Markdown; {@code people} answers who a handle (lower-cased, without the {@code @}) names, if anyone.
     */
    Rendered render(String markdown, Function<String, Optional<Person>> people) {
        Node document = PARSER.parse(markdown);
        Set<UUID> mentioned = new LinkedHashSet<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // the text of a link is already a link
            }

            @Override
            public void visit(Image image) {
                // alt text is not shown as HTML
            }
        });
        for (Text text : texts) {
            linkMentions(text, people, mentioned);
        }
        return new Rendered(POLICY.sanitize(HTML.render(document)), mentioned);
    }

    /**
     * Every {@code @handle} in the text, lower-cased, without the {@code @}: the handles {@link #render} may resolve
     * (a superset: it also finds those inside code and links, which rendering leaves alone).
     */
    static Set<String> handlesIn(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(markdown);
        while (matcher.find()) {
            handles.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return handles;
    }

    /** A resolver over these people: full e-mail, or the e-mail's local part when exactly one person has it. */
    static Function<String, Optional<Person>> handlesOf(Iterable<Person> people) {
        Map<String, Person> byEmail = new LinkedHashMap<>();
        Map<String, List<Person>> byLocalPart = new LinkedHashMap<>();
        for (Person person : people) {
            String email = person.email().toLowerCase(java.util.Locale.ROOT);
            byEmail.put(email, person);
            byLocalPart
                    .computeIfAbsent(email.substring(0, email.indexOf('@')), k -> new ArrayList<>())
                    .add(person);
        }
        return handle -> {
            if (handle.contains("@")) {
                return Optional.ofNullable(byEmail.get(handle));
            }
            List<Person> candidates = byLocalPart.getOrDefault(handle, List.of());
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        };
    }

    private static void linkMentions(Text text, Function<String, Optional<Person>> people, Set<UUID> mentioned) {
        String literal = text.getLiteral();
        Matcher matcher = MENTION.matcher(literal);
        int done = 0;
        while (matcher.find()) {
            Optional<Person> person = people.apply(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            if (person.isEmpty()) {
                continue;
            }
            if (matcher.start() > done) {
                text.insertBefore(new Text(literal.substring(done, matcher.start())));
            }
            text.insertBefore(new Mention(person.get(), matcher.group()));
            mentioned.add(person.get().id());
            done = matcher.end();
        }
        if (done > 0) {
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    /** A resolved {@code @handle}: rendered as a link to the person, keeping the text as written. */
    static final class Mention extends CustomNode {
        final Person person;
        final String written;

        Mention(Person person, String written) {
            this.person = person;
            this.written = written;
        }
    }

    private static final class MentionRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            Mention mention = (Mention) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "mention");
            attributes.put("data-user-id", mention.person.id().toString());
            attributes.put("href", "mailto:" + mention.person.email());
            HtmlWriter html = context.getWriter();
            html.tag("a", context.extendAttributes(node, "a", attributes));
            html.text(mention.written);
            html.tag("/a");
        }
    }
}
