package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.py.PyRepr;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * std.ssh: runs {@code cmd} on one host (result: its stdout) or on a list of hosts (result: the list
 * of outputs). A non-zero exit status or any failure is reported as Mistral does, without details
 * (they may leak credentials); the details go to the log.
 */
class SshAction extends StdAction {

    private static final Logger LOG = LoggerFactory.getLogger(SshAction.class);

    private final SshSessions sessions;

    SshAction(ServerKeyVerifier hostKeys) {
        this("std.ssh", "SSHAction", List.of(
                ActionParameter.required("cmd"),
                ActionParameter.required("host"),
                ActionParameter.required("username"),
                ActionParameter.optionalSecret("password", ""),
                ActionParameter.optional("private_key_filename", null),
                ActionParameter.optionalSecret("private_key", null)), hostKeys);
    }

    SshAction(String name, String pythonClass, List<ActionParameter> parameters, ServerKeyVerifier hostKeys) {
        super(name, pythonClass, "Runs Secure Shell (SSH) command on provided single or multiple hosts.", parameters);
        this.sessions = new SshSessions(hostKeys);
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) throws InterruptedException {
        ActionInput in = new ActionInput(input);
        String cmd = in.string("cmd");
        List<String> hosts = in.stringList("host");
        if (hosts == null) {
            hosts = List.of("None");
        }
        // Mistral prints the host list it built from the input: on ['10.0.0.1']
        String failure = "Failed to execute ssh cmd '" + cmd + "' on " + PyRepr.repr(hosts);
        List<Object> outputs = new ArrayList<>();
        try {
            SshSessions.Credentials login = new SshSessions.Credentials(in.string("username"), in.string("password"),
                    SshKeys.load(in.string("private_key"), in.string("private_key_filename"), in.string("password")));
            for (String host : hosts) {
                SshSessions.Outcome outcome = runOn(host, cmd, login, in, context);
                if (outcome.exitStatus() != 0) {
                    LOG.warn("{}: exit status {}, stderr: {}", failure, outcome.exitStatus(), outcome.stderr().strip());
                    throw new ActionException(failure);
                }
                outputs.add(outcome.stdout());
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (ActionException e) {
            if (e.getMessage().equals(failure)) {
                throw e;
            }
            LOG.warn("{}: {}", failure, e.getMessage());
            throw new ActionException(failure, e);
        } catch (Exception e) {
            LOG.warn("{}: {}", failure, e.toString());
            throw new ActionException(failure, e);
        }
        return ActionResult.success(outputs.size() == 1 ? outputs.getFirst() : outputs);
    }

    /** Direct connection; std.ssh_proxied goes through its gateway instead. */
    SshSessions.Outcome runOn(String host, String cmd, SshSessions.Credentials login, ActionInput in,
                              ActionContext context) throws Exception {
        return sessions.run(cmd, SshSessions.Endpoint.parse(host), login, null, null, context);
    }

    SshSessions sessions() {
        return sessions;
    }
}
