/**
 * The action SPI: what an action is ({@link io.bora.actions.ActionType}), what it returns
 * ({@link io.bora.actions.ActionResult}), what it knows about its execution
 * ({@link io.bora.actions.ActionContext}), and the {@link io.bora.actions.ActionRegistry} that holds
 * the standard {@code std.*} actions plus custom ones found in plugin jars.
 *
 * <p>This package depends on no other Bora module: the engine adapts to it. Values crossing it are
 * the plain model shared by the whole system: null, Boolean, Long/BigInteger, Double, String, List
 * and LinkedHashMap. Texts that users see (input errors, action failures) are Mistral 15's, which is
 * why Python's repr, str and json.dumps forms live here too.
 */
package io.bora.actions;
