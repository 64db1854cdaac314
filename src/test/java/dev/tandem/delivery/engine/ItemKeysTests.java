package dev.tandem.delivery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemKeysTests {

    @Test
    void keysOfTheProjectInBranchesMessagesAndTitles() {
        assertThat(ItemKeys.in("feature/pay-123-refunds", "PAY")).containsExactly("PAY-123");
        assertThat(ItemKeys.in("PAY-7: fix rounding (see PAY-8, PAY-7)", "PAY")).containsExactly("PAY-7", "PAY-8");
        assertThat(ItemKeys.in("[PAY-012] leading zeros", "PAY")).containsExactly("PAY-12");
    }

    @Test
    void otherProjectsAndLookalikesNameNothing() {
        assertThat(ItemKeys.in("XPAY-1 and PAY-12a and OPS-3 and PAY-", "PAY")).isEmpty();
        assertThat(ItemKeys.in(null, "PAY")).isEmpty();
    }
}
