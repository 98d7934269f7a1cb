package io.worktrackr.live;

import java.util.List;

/**
 * Carries committed events to every node's {@link LiveEngine} (this node's too). Called only after the changing
 * transaction committed; never blocks the caller on the network and never throws at it: a push that is lost is
 * repaired by the client's next refetch, a change is never undone by a push.
 */
interface LiveBus {

    void publish(List<LiveEvent> events);
}
