package io.bora.actions.std;

import io.bora.actions.ActionType;

import java.util.List;

/** Every built-in action of Mistral 15.0.0. */
public final class StandardActions {

    private StandardActions() {
    }

    public static List<ActionType> all() {
        return List.of(
                new EchoAction(),
                new NoopAction(),
                new AsyncNoopAction(),
                new FailAction(),
                new SleepAction(),
                new TestDictAction(),
                new HttpAction(),
                new MistralHttpAction(),
                new JavaScriptAction("std.javascript"),
                new JavaScriptAction("std.js"),
                new SshAction(SshKeys.defaultHostKeyPolicy()),
                new SshProxiedAction(SshKeys.defaultHostKeyPolicy()),
                new EmailAction());
    }
}
