package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTests {

    @Test
    void idsAreVersion7AndEachSortsAfterTheOneBeforeAsTheDatabasesCompareThem() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.timeOrdered());
        }

        assertThat(ids).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        // PostgreSQL and H2 compare uuids as unsigned bytes, most significant first
        for (int i = 1; i < ids.size(); i++) {
            assertThat(unsignedCompare(ids.get(i - 1), ids.get(i)))
                    .as("id %d sorts after id %d", i, i - 1)
                    .isNegative();
        }
    }

    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
