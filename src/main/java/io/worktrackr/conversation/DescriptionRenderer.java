package io.worktrackr.conversation;

import io.worktrackr.tickets.TicketTextRenderer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renders ticket descriptions with the comments' {@link CommentRenderer}: the same Markdown, the same two walls
 * (escaped raw HTML, allow-list sanitiser). A description mentions nobody (it notifies nobody), so {@code @names}
 * stay text.
 */
@Component
class DescriptionRenderer implements TicketTextRenderer {

    private final CommentRenderer renderer;

    DescriptionRenderer(CommentRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String toHtml(String markdown) {
        return renderer.render(markdown, handle -> Optional.empty()).html();
    }
}
