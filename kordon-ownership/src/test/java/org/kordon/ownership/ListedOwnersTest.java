package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one lookup trade and maritime ask: listed owners with their names and the path. */
class ListedOwnersTest {
    static final ListedOwnership BETA = ListedOwnershipTest.of(Set.of("ofac-1"), Stake.shares("ofac-1", "Beta LLP", Share.exact(50)));

    @Test
    void of_ownedByListed_ownerWithCaptionAndPath() {
        ListedOwners owners = ListedOwners.of(BETA, id -> id.equals("ofac-1") ? "ACME HOLDING" : null);

        assertThat(owners.listedOwnersOf("Beta LLP")).containsExactly(
                new ListedOwners.Owner("ofac-1", "ACME HOLDING", "OFAC, EU: blocked, listed-owned 50%: ofac-1 -50%-> Beta LLP"));
    }

    @Test
    void of_captionUnknown_ownerNamedByItsId() {
        ListedOwners owners = ListedOwners.of(BETA, id -> null);

        assertThat(owners.listedOwnersOf("Beta LLP")).extracting(ListedOwners.Owner::name).containsExactly("ofac-1");
    }

    @Test
    void of_anyKeyNamesTheCompany_nullKeysSkipped() {
        ListedOwners owners = ListedOwners.of(BETA, id -> id);

        assertThat(owners.listedOwnersOf(null, "beta llp")).extracting(ListedOwners.Owner::entityId).containsExactly("ofac-1");
        assertThat(owners.listedOwnersOf("Gamma TOO")).isEmpty();
    }

    @Test
    void none_findsNoOwner() {
        assertThat(ListedOwners.NONE.listedOwnersOf("Beta LLP")).isEmpty();
    }
}
