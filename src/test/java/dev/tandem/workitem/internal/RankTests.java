package dev.tandem.workitem.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankTests {

    @Test
    void appendingKeepsKeysShortAndAscending() {
        String last = null;
        for (int i = 0; i < 5_000; i++) {
            String next = Rank.after(last);
            if (last != null) {
                assertThat(next).isGreaterThan(last);
            }
            assertThat(next).hasSize(8);
            last = next;
        }
    }

    @Test
    void betweenFindsAKeyStrictlyInsideEvenForAdjacentKeys() {
        assertThat(Rank.between("a", "b")).isEqualTo("ai");
        assertThat(Rank.between("0000000010", "0000000011")).isEqualTo("0000000010i");
        assertThat(Rank.between(null, "00000100")).isEqualTo("000000i");
        assertThat(Rank.between("zz", null)).isEqualTo("zzi");
    }

    @Test
    void betweenRefusesNeighboursInTheWrongOrder() {
        assertThatThrownBy(() -> Rank.between("b", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.between("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomInsertionsKeepTheListSortedWithoutRenumbering() {
        long seed = 20261125L;
        Random random = new Random(seed);
        List<String> keys = new ArrayList<>();
        keys.add(Rank.first());
        for (int i = 0; i < 2_000; i++) {
            int at = random.nextInt(keys.size() + 1);
            String low = at == 0 ? null : keys.get(at - 1);
            String high = at == keys.size() ? null : keys.get(at);
            String key = Rank.between(low, high);
            assertThat(key).as("seed %d step %d", seed, i).doesNotEndWith("0");
            keys.add(at, key);
        }
        assertThat(keys).isSorted().doesNotHaveDuplicates();
    }
}
