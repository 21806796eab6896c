package org.kordon.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Linking graph nodes to listed entities: by id without help, by name only through the resolver given. */
class ListLinksTest {
    static OwnershipGraph graph(Node... nodes) {
        OwnershipGraph.Builder b = OwnershipGraph.builder();
        for (Node n : nodes) {
            b.node(n);
        }
        return b.build();
    }

    @Test
    void link_nodeIdIsListedIdWithoutSourcePrefix_linkedByIdWithScoreOne() {
        ListLinks.Result r = ListLinks.link(graph(new Node("NK-123", NodeKind.PERSON, "Natalie Coleman", null)), Set.of("os:NK-123"),
                ListedPartyResolver.NONE);

        assertThat(r.links()).containsExactly(new ListLinks.Link("NK-123", "Natalie Coleman", "os:NK-123", null, 1.0, false));
        assertThat(r.graph().nodes()).extracting(Node::listedId).containsExactly("os:NK-123");
    }

    @Test
    void link_nameResolved_linkedByNameWithTheResolversScoreAndListedName() {
        ListedPartyResolver names = (name, kind) -> name.equals("Natalie Coleman")
                ? Optional.of(new ListedPartyResolver.Party("ofac-9", "COLEMAN, Natalie", 0.93)) : Optional.empty();

        ListLinks.Result r = ListLinks.link(graph(new Node("n1", NodeKind.PERSON, "Natalie Coleman", null),
                new Node("n2", NodeKind.COMPANY, "Gamma TOO", null)), Set.of("ofac-9"), names);

        assertThat(r.links()).containsExactly(new ListLinks.Link("n1", "Natalie Coleman", "ofac-9", "COLEMAN, Natalie", 0.93, true));
        assertThat(r.graph().nodes()).extracting(Node::listedId).containsExactly("ofac-9", null);
    }

    /** What the resolver is asked while linking {@code g}: "name/KIND" per question. */
    static List<String> asked(OwnershipGraph g, Set<String> listedIds) {
        List<String> asked = new ArrayList<>();
        ListLinks.link(g, listedIds, (name, kind) -> {
            asked.add(name + "/" + kind);
            return Optional.empty();
        });
        return asked;
    }

    @Test
    void link_idMatches_resolverNotAsked() {
        assertThat(asked(graph(new Node("ofac-9", NodeKind.PERSON, "Natalie Coleman", null)), Set.of("ofac-9"))).isEmpty();
    }

    @Test
    void link_arrangementOrNamelessNode_resolverNotAsked() {
        assertThat(asked(graph(new Node("t1", NodeKind.ARRANGEMENT, "Coleman Family Trust", null), Node.of("n2")), Set.of())).isEmpty();
    }

    @Test
    void link_resolverAskedWithTheNodesKind() {
        assertThat(asked(graph(new Node("n1", NodeKind.PERSON, "Natalie Coleman", null), new Node("n2", NodeKind.COMPANY, "Gamma TOO", null)),
                Set.of())).containsExactly("Natalie Coleman/PERSON", "Gamma TOO/COMPANY");
    }
}
