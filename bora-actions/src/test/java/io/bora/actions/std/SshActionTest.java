package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SshActionTest {

    private static KeyPair clientKey;
    private static String clientKeyPem;
    private static FixtureSshServer target;
    private static FixtureSshServer gateway;

    private final ActionRegistry registry = ActionRegistry.standard();
    private final ActionContext context = ActionContext.standalone("ae-ssh");

    @BeforeAll
    static void startServers() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        clientKey = generator.generateKeyPair();
        clientKeyPem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(clientKey.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        target = new FixtureSshServer(clientKey.getPublic());
        gateway = new FixtureSshServer(clientKey.getPublic());
    }

    @AfterAll
    static void stopServers() throws Exception {
        target.close();
        gateway.close();
    }

    @Test
    void signaturesAreMistrals() {
        assertThat(registry.find("std.ssh").orElseThrow().signature())
                .isEqualTo("cmd, host, username, password=\"\", private_key_filename=null, private_key=null");
        assertThat(registry.find("std.ssh_proxied").orElseThrow().signature())
                .isEqualTo("cmd, host, username, private_key_filename, gateway_host, gateway_username=null,"
                        + " password=null, proxy_command=null, private_key=null");
    }

    @Test
    void passwordLoginReturnsTheCommandOutput() throws Exception {
        assertThat(ssh(Map.of("cmd", "echo hello", "host", target.address(), "username", "bora", "password", "secret")))
                .isEqualTo(new ActionResult.Success("hello\n"));
    }

    @Test
    void privateKeyLoginWorksFromTextAndFromFile(@TempDir Path dir) throws Exception {
        assertThat(ssh(Map.of("cmd", "whoami", "host", target.address(), "username", "bora", "private_key", clientKeyPem)))
                .isEqualTo(new ActionResult.Success("bora\n"));
        Path keyFile = Files.writeString(dir.resolve("id_test"), clientKeyPem);
        assertThat(ssh(Map.of("cmd", "whoami", "host", target.address(), "username", "bora",
                "private_key_filename", keyFile.toString())))
                .isEqualTo(new ActionResult.Success("bora\n"));
    }

    @Test
    void severalHostsGiveAListOfOutputs() throws Exception {
        assertThat(ssh(Map.of("cmd", "echo hi", "host", List.of(target.address(), gateway.address()),
                "username", "bora", "password", "secret")))
                .isEqualTo(new ActionResult.Success(List.of("hi\n", "hi\n")));
    }

    @Test
    void nonZeroExitStatusFailsWithMistralsText() throws Exception {
        assertThat(failure(ssh(Map.of("cmd", "exit 3", "host", target.address(), "username", "bora", "password", "secret"))))
                .startsWith("The action raised an exception [action=<mistral.actions.std_actions.SSHAction object at 0x")
                .endsWith("action_ex_id=ae-ssh, msg='Failed to execute ssh cmd 'exit 3' on ['" + target.address() + "']']");
    }

    @Test
    void wrongPasswordAndUnreachableHostFailWithoutLeakingDetails() throws Exception {
        assertThat(failure(ssh(Map.of("cmd", "whoami", "host", target.address(), "username", "bora", "password", "wrong"))))
                .endsWith("msg='Failed to execute ssh cmd 'whoami' on ['" + target.address() + "']']");
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(failure(ssh(Map.of("cmd", "whoami", "host", "127.0.0.1:" + closed, "username", "bora", "password", "secret"))))
                .contains("Failed to execute ssh cmd 'whoami' on ['127.0.0.1:" + closed + "']");
    }

    @Test
    void commandOutlivingTheTaskTimeoutFails() throws Exception {
        ActionType ssh = registry.find("std.ssh").orElseThrow();
        ActionContext shortTask = new ActionContext("ae-t", null, null, null, null, null, java.time.Duration.ofMillis(500), () -> false);
        ActionResult result = ssh.run(registry.prepareInput(ssh,
                Map.of("cmd", "hang", "host", target.address(), "username", "bora", "password", "secret")), shortTask);
        assertThat(failure(result)).endsWith("msg='Failed to execute ssh cmd 'hang' on ['" + target.address() + "']']");
    }

    @Test
    void knownHostsPolicyRefusesAnUnknownHostKey(@TempDir Path dir) throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "");
        ActionType strict = ActionRegistry.of(List.of(new SshAction(SshKeys.knownHosts(knownHosts)))).find("std.ssh").orElseThrow();
        ActionResult result = strict.run(ActionRegistry.check(strict,
                Map.of("cmd", "echo strict", "host", target.address(), "username", "bora", "password", "secret")), context);
        assertThat(failure(result)).contains("Failed to execute ssh cmd 'echo strict'");
        assertThat(target.commands).doesNotContain("echo strict");
    }

    @Test
    void proxiedRunsTheCommandThroughTheGateway(@TempDir Path dir) throws Exception {
        Path keyFile = Files.writeString(dir.resolve("id_test"), clientKeyPem);
        ActionType proxied = registry.find("std.ssh_proxied").orElseThrow();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("cmd", "echo via gateway");
        input.put("host", target.address());
        input.put("username", "bora");
        input.put("private_key_filename", keyFile.toString());
        input.put("gateway_host", gateway.address());
        assertThat(proxied.run(registry.prepareInput(proxied, input), context))
                .isEqualTo(new ActionResult.Success("via gateway\n"));
        assertThat(target.commands).contains("echo via gateway");
        assertThat(gateway.commands).doesNotContain("echo via gateway");
    }

    @Test
    void secretInputsAreMasked() {
        ActionType ssh = registry.find("std.ssh").orElseThrow();
        Map<String, Object> masked = ActionRegistry.maskSecrets(ssh,
                Map.of("cmd", "ls", "password", "secret", "private_key", clientKeyPem));
        assertThat(masked).containsEntry("cmd", "ls").containsEntry("password", ActionRegistry.MASK)
                .containsEntry("private_key", ActionRegistry.MASK);
    }

    private ActionResult ssh(Map<String, Object> input) throws InterruptedException {
        ActionType type = registry.find("std.ssh").orElseThrow();
        return type.run(registry.prepareInput(type, input), context);
    }

    private static String failure(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        return (String) ((ActionResult.Failure) result).error();
    }
}
