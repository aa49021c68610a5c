package io.bora.expr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ~8,800 YAQL cases recorded from the real yaql 2.0.0 configured as Mistral 15 does (generators and
 * oracle in {@code src/test/python}: hand-written lists, random expression trees, random token
 * sequences, query/string method mixes, inline templates, json/yaml functions). Cases that depend
 * on the clock, on object addresses, or on the few deviations listed in the report are left out.
 * Every case must pass in strict mode.
 */
class YaqlDifferentialTest {
    static List<CorpusCase> cases() throws IOException {
        return CorpusCase.loadResource("/expressions/yaql-differential.jsonl.gz");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behavesLikeYaql(CorpusCase c) {
        assertThat(ExpressionCorpusTest.check(c)).as(c.expr()).isNull();
    }
}
