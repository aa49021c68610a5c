package io.bora.server;

import io.bora.cli.BoraCli;
import io.bora.server.node.ServerCommand;

import java.util.Arrays;

/** Entry point of the runnable jar: {@code server} starts a node, anything else is a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("server")) {
            int code = ServerCommand.run(Arrays.copyOfRange(args, 1, args.length));
            if (code != 0) System.exit(code);
            return;
        }
        System.exit(BoraCli.run(args, System.out, System.err));
    }
}
