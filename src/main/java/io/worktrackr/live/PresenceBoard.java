package io.worktrackr.live;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.TicketAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who has which ticket open, and who is replying: browsers send a heartbeat while a ticket page is open (and say
 * when they leave); an entry without a heartbeat for {@code worktrackr.live.presence-timeout} (30 s) is gone. Every
 * change goes to the organisation's streams as {@code presence} with the ticket's viewers (id and name only).
 */
@Service
public class PresenceBoard {

    private final LiveEngine engine;
    private final TicketAccess tickets;
    private final UserDirectory users;

    PresenceBoard(LiveEngine engine, TicketAccess tickets, UserDirectory users) {
        this.engine = engine;
        this.tickets = tickets;
        this.users = users;
    }

    /** The actor views (or composes on) the ticket; the ticket's viewers now. Unknown ticket: TicketNotFound. */
    public List<Viewer> beat(Actor actor, UUID ticketId, boolean composing) {
        return change(actor, ticketId, composing, false);
    }

    /** The actor closed the ticket page. */
    public List<Viewer> leave(Actor actor, UUID ticketId) {
        return change(actor, ticketId, false, true);
    }

    private List<Viewer> change(Actor actor, UUID ticketId, boolean composing, boolean leaving) {
        tickets.require(actor, ticketId);
        String name = users.member(actor.organisationId(), actor.userId())
                .map(m -> m.name())
                .orElse("");
        return engine.beat(actor.organisationId(), ticketId, actor.userId(), name, composing, leaving);
    }
}
