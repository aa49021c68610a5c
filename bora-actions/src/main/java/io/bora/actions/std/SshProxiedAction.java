package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;

import java.util.List;

/**
 * std.ssh_proxied: std.ssh through a gateway host. The gateway login uses {@code gateway_username}
 * (default: {@code username}) with the same password and keys.
 */
final class SshProxiedAction extends SshAction {

    SshProxiedAction(ServerKeyVerifier hostKeys) {
        super("std.ssh_proxied", "SSHProxiedAction", List.of(
                ActionParameter.required("cmd"),
                ActionParameter.required("host"),
                ActionParameter.required("username"),
                ActionParameter.required("private_key_filename"),
                ActionParameter.required("gateway_host"),
                ActionParameter.optional("gateway_username", null),
                ActionParameter.optionalSecret("password", null),
                ActionParameter.optional("proxy_command", null),
                ActionParameter.optionalSecret("private_key", null)), hostKeys);
    }

    @Override
    SshSessions.Outcome runOn(String host, String cmd, SshSessions.Credentials login, ActionInput in,
                              ActionContext context) throws Exception {
        if (in.has("proxy_command")) {
            throw new ActionException("proxy_command is not supported; use gateway_host");
        }
        String gatewayUser = in.has("gateway_username") ? in.string("gateway_username") : login.username();
        SshSessions.Credentials gatewayLogin = new SshSessions.Credentials(gatewayUser, login.password(), login.keys());
        return sessions().run(cmd, SshSessions.Endpoint.parse(host), login,
                SshSessions.Endpoint.parse(in.string("gateway_host")), gatewayLogin, context);
    }
}
