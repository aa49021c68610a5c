package io.bora.server.rest.query;

import io.bora.engine.port.ListQuery.Op;
import io.bora.server.rest.HttpError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionRequestTest {
    static final ResourceSchema SCHEMA = new ResourceSchema("things", List.of("id", "name", "state", "tags", "created_at"),
            Set.of("name", "state", "tags", "created_at", "owner_id"), Set.of("owner_id"), Set.of("include_output"), "created_at",
            id -> "Thing not found [id=" + id + "]");

    record Thing(String id, String name, String state, List<String> tags, Instant createdAt) {
    }

    static final FieldAccess<Thing> ACCESS = (t, f) -> switch (f) {
        case "id" -> t.id();
        case "name" -> t.name();
        case "state" -> t.state();
        case "tags" -> t.tags();
        case "created_at" -> t.createdAt();
        default -> null;
    };

    static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], List.of(kv[i + 1]));
        }
        return m;
    }

    static CollectionRequest parse(String... kv) {
        return CollectionRequest.parse(params(kv), SCHEMA, true);
    }

    @Test
    void defaultsSortByCreatedAtThenId() {
        CollectionRequest r = parse();
        assertThat(r.sort()).containsExactly(new SortKey("created_at", true), new SortKey("id", true));
        assertThat(r.fields()).isNull();
    }

    @Test
    void sortKeysAreLowercasedDeduplicatedAndPadded() {
        CollectionRequest r = parse("sort_keys", "NAME,name,state", "sort_dirs", "desc");
        assertThat(r.sort()).containsExactly(new SortKey("name", false), new SortKey("state", true),
                new SortKey("id", true));
    }

    @Test
    void rejectsWithMistralMessages() {
        assertThatThrownBy(() -> parse("bogus", "x")).hasMessage("Unknown argument: \"bogus\"");
        assertThatThrownBy(() -> parse("limit", "0")).hasMessage("Limit must be positive.");
        assertThatThrownBy(() -> parse("limit", "abc"))
                .hasMessageStartingWith("Invalid input for field/attribute limit. Value: 'abc'.");
        assertThatThrownBy(() -> parse("marker", "notuuid")).hasMessage("Invalid input for field/attribute marker. "
                + "Value: 'notuuid'. unable to convert to uuid. Error: Expected a uuid but received notuuid.");
        assertThatThrownBy(() -> parse("owner_id", "in:a,b"))
                .hasMessageStartingWith("Invalid input for field/attribute owner_id. ");
        assertThatThrownBy(() -> parse("sort_dirs", "up")).hasMessage("Unknown sort direction, must be 'desc' or 'asc'.");
        assertThatThrownBy(() -> parse("sort_keys", "name", "sort_dirs", "asc,desc"))
                .hasMessage("Length of sort_keys must be equal or greater than sort_dirs.");
        assertThatThrownBy(() -> parse("sort_keys", "bogus")).hasMessage("Sort key supplied is invalid: bogus");
        assertThatThrownBy(() -> parse("fields", "name,bogus")).isInstanceOf(HttpError.class)
                .hasMessage("Some fields do not exist  [bogus], please choose from [id, name, state, tags, created_at]");
    }

    @Test
    void filtersParseOperatorsAndLists() {
        CollectionRequest r = parse("name", "in:a,b", "state", "neq:ERROR", "tags", "x,y");
        assertThat(r.filters()).containsExactly(new Filter("name", Op.IN, List.of("a", "b")),
                new Filter("state", Op.NEQ, "ERROR"), new Filter("tags", Op.EQ, List.of("x", "y")));
        // an unknown operator is part of the value, as in Mistral
        assertThat(parse("name", "bogus:x").filters()).containsExactly(new Filter("name", Op.EQ, "bogus:x"));
        // the Python list repr Mistral writes into next links reads back as a list
        assertThat(parse("name", "in:['a', 'b']").filters()).containsExactly(new Filter("name", Op.IN, List.of("a", "b")));
    }

    @Test
    void pagesFollowSortMarkerAndLimitWithNextLink() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        List<Thing> all = List.of(
                new Thing("00000000-0000-4000-8000-000000000003", "c", "SUCCESS", List.of("a"), t.plusSeconds(3)),
                new Thing("00000000-0000-4000-8000-000000000001", "a", "SUCCESS", List.of("a", "b"), t.plusSeconds(1)),
                new Thing("00000000-0000-4000-8000-000000000002", "b", "ERROR", List.of("b"), t.plusSeconds(2)));
        CollectionRequest first = parse("limit", "1", "state", "SUCCESS", "fields", "name");
        QueryEngine.Page<Thing> page = QueryEngine.apply(all, ACCESS, first, SCHEMA);
        assertThat(page.items()).extracting(Thing::name).containsExactly("a");
        assertThat(page.full()).isTrue();
        assertThat(NextLink.build("http://h:1", SCHEMA, first, page.items().getLast().id()))
                .isEqualTo("http://h:1/v2/things?sort_keys=created_at,id&sort_dirs=asc,asc&state=eq:SUCCESS&limit=1"
                        + "&marker=00000000-0000-4000-8000-000000000001&fields=id,name");
        CollectionRequest second = parse("limit", "1", "state", "SUCCESS", "marker", page.items().getLast().id());
        assertThat(QueryEngine.apply(all, ACCESS, second, SCHEMA).items()).extracting(Thing::name).containsExactly("c");
        assertThat(QueryEngine.apply(all, ACCESS, parse("tags", "a,b"), SCHEMA).items())
                .extracting(Thing::name).containsExactly("a");
        assertThat(QueryEngine.apply(all, ACCESS, parse("created_at", "gte:2026-01-01 00:00:02"), SCHEMA).items())
                .extracting(Thing::name).containsExactly("b", "c");
        assertThat(QueryEngine.apply(all, ACCESS, parse("sort_keys", "name", "sort_dirs", "desc"), SCHEMA).items())
                .extracting(Thing::name).containsExactly("c", "b", "a");
        assertThatThrownBy(() -> QueryEngine.apply(all, ACCESS,
                parse("marker", "00000000-0000-4000-8000-000000000009"), SCHEMA))
                .hasMessage("Thing not found [id=00000000-0000-4000-8000-000000000009]");
        assertThatThrownBy(() -> QueryEngine.apply(all, ACCESS, parse("created_at", "gte:notadate"), SCHEMA))
                .isInstanceOf(HttpError.class);
    }

    @Test
    void inListsRenderAsPythonReprInLinks() {
        assertThat(new Filter("name", Op.IN, List.of("a", "b")).linkValue()).isEqualTo("in:['a', 'b']");
        assertThat(new Filter("task_execution_id", Op.IS_NULL, null).linkValue()).isEqualTo("eq:None");
    }
}
