package io.worktrackr.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.notifications.EmailDelivery;
import io.worktrackr.notifications.NotificationKind;
import io.worktrackr.notifications.NotificationPreferences;
import io.worktrackr.notifications.NotificationPreferences.KindPreference;
import io.worktrackr.notifications.NotificationPreferences.Preferences;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's notification settings: {@code GET}/{@code PUT /api/me/notification-preferences}. */
@RestController
class NotificationPreferencesController {

    /** One kind: {@code email} is off, immediately or daily. */
    record KindPreferenceBody(String kind, boolean inApp, String email) {}

    record PreferencesResponse(List<KindPreferenceBody> kinds, int digestHour, String timeZone) {

        static PreferencesResponse of(Preferences preferences) {
            return new PreferencesResponse(
                    preferences.kinds().stream()
                            .map(k -> new KindPreferenceBody(
                                    k.kind().code(), k.inApp(), k.email().code()))
                            .toList(),
                    preferences.digestHour(),
                    preferences.timeZone());
        }
    }

    /** The kinds to change (others keep theirs); the digest hour (0–23) and IANA time zone when given. */
    record PreferencesRequest(
            @Nullable List<KindPreferenceBody> kinds,
            @Nullable Integer digestHour,
            @Nullable String timeZone) {}

    private final NotificationPreferences preferences;
    private final CurrentActor currentActor;

    NotificationPreferencesController(NotificationPreferences preferences, CurrentActor currentActor) {
        this.preferences = preferences;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "getNotificationPreferences",
            summary = "The signed-in person's notification settings per kind, and their digest time")
    @GetMapping("/api/me/notification-preferences")
    PreferencesResponse get() {
        return PreferencesResponse.of(preferences.get(currentActor.get()));
    }

    @Operation(
            operationId = "changeNotificationPreferences",
            summary = "Change notification settings: the kinds named, the digest hour and time zone")
    @PutMapping("/api/me/notification-preferences")
    PreferencesResponse change(@RequestBody PreferencesRequest body) {
        List<KindPreference> kinds = new ArrayList<>();
        List<KindPreferenceBody> requested = body.kinds() == null ? List.of() : body.kinds();
        for (int i = 0; i < requested.size(); i++) {
            KindPreferenceBody kind = requested.get(i);
            String field = "kinds[" + i + "]";
            NotificationKind parsed = NotificationKind.fromCode(kind.kind() == null ? "" : kind.kind())
                    .orElseThrow(() -> new InvalidInput(field + ".kind", "is not a notification kind"));
            kinds.add(new KindPreference(
                    parsed,
                    kind.inApp(),
                    EmailDelivery.parse(field + ".email", kind.email() == null ? "" : kind.email())));
        }
        return PreferencesResponse.of(preferences.change(
                currentActor.get(), new NotificationPreferences.Change(kinds, body.digestHour(), body.timeZone())));
    }
}
