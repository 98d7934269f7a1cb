package io.worktrackr.identity;

import java.util.UUID;

/** A user in their role in one organisation. */
public record Member(UUID id, String name, String email, Role role) {

    public Person person() {
        return new Person(id, name, email);
    }
}
