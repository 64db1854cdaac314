package dev.tandem.meeting.transcript;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerResolverTests {

    private final OwnerResolver resolver = new OwnerResolver(List.of(
            new Participant("alice", "Alice Chen"),
            new Participant("alice.w", "Alice Wong"),
            new Participant("wangfang", "王芳", List.of("Fang Wang")),
            new Participant("ouyangfeifei", "欧阳菲菲"),
            new Participant("zhangsanfeng", "张三丰")));

    @Test
    void usernamesDisplayNamesAndAliasesResolveInBothScripts() {
        assertThat(resolver.resolve("Alice Chen")).isEqualTo(new Owner("Alice Chen", "alice", Owner.Status.RESOLVED));
        assertThat(resolver.resolve("@alice.w").username()).isEqualTo("alice.w");
        assertThat(resolver.resolve("王芳").username()).isEqualTo("wangfang");
        assertThat(resolver.resolve("fang  WANG").username()).isEqualTo("wangfang");
        assertThat(resolver.resolve("ＷＡＮＧＦＡＮＧ").username()).isEqualTo("wangfang");
        assertThat(resolver.resolve("欧阳菲菲").username()).isEqualTo("ouyangfeifei");
    }

    @Test
    void aGivenNameResolvesWhenOnlyOnePersonHasIt() {
        assertThat(resolver.resolve("Fang").username()).isEqualTo("wangfang");
        assertThat(resolver.resolve("三丰").username()).isEqualTo("zhangsanfeng");
    }

    @Test
    void aGivenNameSharedByTwoPeopleIsFlaggedNotGuessed() {
        assertThat(resolver.resolve("Alice")).isEqualTo(new Owner("Alice", null, Owner.Status.AMBIGUOUS));
    }

    @Test
    void anUnknownNameIsKeptAsSaid() {
        assertThat(resolver.resolve(" 赵强 ")).isEqualTo(new Owner("赵强", null, Owner.Status.UNKNOWN));
        assertThat(resolver.resolve("Dave")).isEqualTo(new Owner("Dave", null, Owner.Status.UNKNOWN));
    }

    @Test
    void mentionsAreFoundInTextLongestFirstAndOnWordBoundaries() {
        assertThat(resolver.mentionsIn("Fang Wang and Alice Chen will pair; Alicea won't"))
                .extracting(OwnerResolver.Mention::text).containsExactly("Fang Wang", "Alice Chen");
        assertThat(resolver.mentionsIn("由王芳负责，张三丰跟进")).extracting(OwnerResolver.Mention::text)
                .containsExactly("王芳", "张三丰");
    }
}
