package io.bora.server;

/** Entry point of the runnable jar: {@code server} starts a node, anything else is a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("bora: not built yet");
        System.exit(1);
    }
}
