/**
 * The workflow conformance suite on every build: a Java runner of the case format of
 * {@code ../shared/conformance/} (same name prefixing, steps, normalisation and comparison as
 * {@code run.py}, so both give the same verdicts), an in-process Bora node on embedded H2 and the
 * runner's own HTTP fixture.
 *
 * <pre>
 * ./mvnw -B -o -pl bora-it test -Dtest='*Conformance*' -Dsurefire.failIfNoSpecifiedTests=false
 *     -Dbora.conformance.only=join_,retry_*        cases whose name contains / glob-matches one of these
 *     -Dbora.conformance.dir=/path/to/cases        another directory of cases (e.g. the unpublished set)
 *     -Dbora.conformance.url=http://127.0.0.1:8989 an already running server instead of the in-process node
 *     -Dbora.conformance.jobs=4                    cases run concurrently
 * </pre>
 *
 * <p>{@code src/test/resources/conformance/workflows/} is a byte-identical copy of the shared
 * public cases (refresh with {@code cp}); {@code known-failures.txt} lists the cases that still
 * fail, one {@code <name> <reason>} per line, and may only shrink.
 */
package io.bora.it.conformance;
