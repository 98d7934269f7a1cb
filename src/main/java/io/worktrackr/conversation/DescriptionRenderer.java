package io.worktrackr.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.worktrackr.tickets.TicketTextRenderer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renders ticket descriptions with the comments' {@link CommentRenderer}: the same Markdown, the same two walls
 * (escaped raw HTML, allow-list sanitiser). A description mentions nobody (it notifies nobody), so {@code @names}
 * stay text.
 *
 * <p>Every answer about a ticket carries its description as HTML, and a status change answers with the ticket:
 * parsing and sanitising the same text on each change cost a tenth of a status change's CPU. The HTML depends on
 * the text alone (no mentions are resolved), so it is kept by text, bounded by size, on each node.
 */
@Component
class DescriptionRenderer implements TicketTextRenderer {

    /** About 16 MB of description text (2 bytes a char) and its HTML. */
    private static final long CACHED_CHARS = 8_000_000;

    private final CommentRenderer renderer;
    private final Cache<String, String> rendered = Caffeine.newBuilder()
            .maximumWeight(CACHED_CHARS)
            .<String, String>weigher((markdown, html) -> markdown.length() + html.length())
            .build();

    DescriptionRenderer(CommentRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String toHtml(String markdown) {
        return rendered.get(
                markdown,
                text -> renderer.render(text, handle -> Optional.empty()).html());
    }
}
