package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.identity.Person;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class CommentRendererTests {

    static final List<String> VECTORS = XssVectors.VECTORS;

    final CommentRenderer renderer = new CommentRenderer();
    final Person alice = new Person(UUID.randomUUID(), "Alice", "alice@demo.test");
    final Person otherAlice = new Person(UUID.randomUUID(), "Alice Elsewhere", "alice@other.test");
    final Person bob = new Person(UUID.randomUUID(), "Bob", "bob@demo.test");

    /** The second wall on its own: even raw HTML straight into the sanitiser comes out harmless. */
    @ParameterizedTest
    @FieldSource("VECTORS")
    void theSanitiserAloneNeutralisesRawHtmlVectors(String vector) {
        XssVectors.assertHarmless(CommentRenderer.POLICY.sanitize(vector));
    }

    @ParameterizedTest
    @FieldSource("VECTORS")
    void theWholePipelineNeutralisesEveryVector(String vector) {
        XssVectors.assertHarmless(
                renderer.render(vector, handle -> Optional.empty()).html());
    }

    @Test
    void rawHtmlIsShownAsTextNotDropped() {
        String html =
                renderer.render("<b>bold?</b>", handle -> Optional.empty()).html();

        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;bold?&lt;/b&gt;");
    }

    @Test
    void aShortHandleNamingTwoPeopleIsAmbiguousAndStaysText() {
        var people = CommentRenderer.handlesOf(List.of(alice, otherAlice, bob));

        CommentRenderer.Rendered rendered = renderer.render("@alice and @alice@other.test and @Bob", people);

        assertThat(rendered.mentioned()).containsExactlyInAnyOrder(otherAlice.id(), bob.id());
        var paragraph = Jsoup.parseBodyFragment(rendered.html()).selectFirst("p");
        assertThat(paragraph.childNode(0).toString()).isEqualTo("@alice and ");
        assertThat(paragraph.select("a.mention").eachText()).containsExactly("@alice@other.test", "@Bob");
    }

    @Test
    void anAtSignInsideAWordOrAnEmailIsNotAMention() {
        var people = CommentRenderer.handlesOf(List.of(alice, bob));

        CommentRenderer.Rendered rendered = renderer.render("mail carol@bob.test or x@alice", people);

        assertThat(rendered.mentioned()).isEmpty();
        assertThat(rendered.html()).doesNotContain("<a");
    }

    @Test
    void deeplyNestedInputRendersWithoutBlowingTheStack() {
        String nested = ">".repeat(Comment.MAX_BODY - 10) + " deep";

        CommentRenderer.Rendered rendered = renderer.render(nested, handle -> Optional.empty());

        assertThat(rendered.html()).contains("deep");
    }
}
