package io.worktrackr.notifications;

import io.worktrackr.identity.Person;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one-line summary of an entry: per person in the order they first acted, what they did, in order —
 * <em>Bob assigned it to you and mentioned you; Carol replied</em>; <em>Bob assigned 500 tickets to you</em>;
 * <em>SLA breached</em>.
 */
final class Summaries {

    /** What one person (null: the system) did of one kind, on how many tickets. */
    record Part(@Nullable Person actor, NotificationKind kind, int tickets) {}

    private Summaries() {}

    static String of(List<Part> parts) {
        Map<String, List<String>> byActor = new LinkedHashMap<>();
        for (Part part : parts) {
            String who = part.actor() == null ? "" : part.actor().name();
            List<String> phrases = byActor.computeIfAbsent(who, key -> new ArrayList<>());
            String phrase = part.kind().phrase(part.tickets());
            if (!phrases.contains(phrase)) {
                phrases.add(phrase);
            }
        }
        List<String> sentences = new ArrayList<>();
        byActor.forEach((who, phrases) -> {
            String what = join(phrases);
            sentences.add(who.isEmpty() ? capitalise(what) : who + " " + what);
        });
        return String.join("; ", sentences.stream().filter(Objects::nonNull).toList());
    }

    static String join(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
