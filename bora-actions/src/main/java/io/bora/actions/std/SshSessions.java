package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.util.net.SshdSocketAddress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one command on one host with Apache MINA SSHD, directly or through a gateway host
 * (local port forwarding over the gateway session, as {@code ssh -J} does).
 */
final class SshSessions {

    /** Bound on connecting and authenticating, so that an unreachable host fails rather than hangs. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    /** Who logs in and how: a password, key pairs, or both. */
    record Credentials(String username, String password, List<KeyPair> keys) {
    }

    /** An SSH endpoint; {@code host:port} and {@code [v6]:port} are accepted, port 22 otherwise. */
    record Endpoint(String host, int port) {
        static Endpoint parse(String text) {
            String t = text.strip();
            if (t.startsWith("[") && t.contains("]")) {
                String host = t.substring(1, t.indexOf(']'));
                String rest = t.substring(t.indexOf(']') + 1);
                return new Endpoint(host, rest.startsWith(":") ? Integer.parseInt(rest.substring(1)) : 22);
            }
            int colon = t.lastIndexOf(':');
            if (colon > 0 && t.indexOf(':') == colon) {
                return new Endpoint(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
            }
            return new Endpoint(t, 22);
        }
    }

    record Outcome(int exitStatus, String stdout, String stderr) {
    }

    private final ServerKeyVerifier hostKeys;

    SshSessions(ServerKeyVerifier hostKeys) {
        this.hostKeys = hostKeys;
    }

    Outcome run(String command, Endpoint target, Credentials login, Endpoint gateway, Credentials gatewayLogin,
                ActionContext context) throws IOException, InterruptedException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        client.start();
        try {
            if (gateway == null) {
                try (ClientSession session = open(client, target, login)) {
                    return exec(session, command, context);
                }
            }
            try (ClientSession jump = open(client, gateway, gatewayLogin);
                 ExplicitPortForwardingTracker tunnel = jump.createLocalPortForwardingTracker(
                         new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress(target.host(), target.port()));
                 ClientSession session = open(client, new Endpoint("127.0.0.1", tunnel.getBoundAddress().getPort()), login)) {
                return exec(session, command, context);
            }
        } finally {
            client.stop();
        }
    }

    private static ClientSession open(SshClient client, Endpoint endpoint, Credentials login) throws IOException {
        ClientSession session = client.connect(login.username(), endpoint.host(), endpoint.port())
                .verify(CONNECT_TIMEOUT).getSession();
        try {
            for (KeyPair key : login.keys()) {
                session.addPublicKeyIdentity(key);
            }
            if (login.password() != null && !login.password().isEmpty()) {
                session.addPasswordIdentity(login.password());
            }
            session.auth().verify(CONNECT_TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    private static Outcome exec(ClientSession session, String command, ActionContext context)
            throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(CONNECT_TIMEOUT);
            long deadline = context != null && context.timeout() != null
                    ? System.nanoTime() + context.timeout().toNanos() : Long.MAX_VALUE;
            // wait in slices: the command may run long, and a cancelled or timed-out task must let go
            while (true) {
                Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), POLL);
                if (events.contains(ClientChannelEvent.CLOSED)) {
                    break;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (context != null && context.isCancelled()) {
                    throw new ActionException("the action execution was cancelled");
                }
                if (System.nanoTime() > deadline) {
                    throw new ActionException("the command did not finish within the task timeout");
                }
            }
            Integer status = channel.getExitStatus();
            return new Outcome(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }
}
