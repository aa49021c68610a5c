package io.bora.actions.std;

import io.bora.actions.ActionException;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

/** Private keys for std.ssh logins, and the policy for trusting server host keys. */
final class SshKeys {

    /** System property naming a known_hosts file; when set, unknown or changed host keys are refused. */
    static final String KNOWN_HOSTS_PROPERTY = "bora.ssh.known_hosts";

    private SshKeys() {
    }

    /**
     * Mistral (paramiko AutoAddPolicy) trusts any host key. Bora does the same unless the operator
     * names a known_hosts file, in which case only hosts listed there are accepted.
     */
    static ServerKeyVerifier defaultHostKeyPolicy() {
        String knownHosts = System.getProperty(KNOWN_HOSTS_PROPERTY);
        if (knownHosts == null || knownHosts.isBlank()) {
            return AcceptAllServerKeyVerifier.INSTANCE;
        }
        return knownHosts(Path.of(knownHosts));
    }

    static ServerKeyVerifier knownHosts(Path file) {
        return new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, file);
    }

    /** Key pairs from {@code private_key} (key text) and/or {@code private_key_filename} (under ~/.ssh). */
    static List<KeyPair> load(String privateKey, String privateKeyFilename, String passphrase) {
        List<KeyPair> keys = new ArrayList<>();
        try {
            if (privateKey != null && !privateKey.isBlank()) {
                try (InputStream in = new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8))) {
                    parse(keys, "private_key", in, passphrase);
                }
            }
            if (privateKeyFilename != null && !privateKeyFilename.isBlank()) {
                Path file = keyFile(privateKeyFilename);
                try (InputStream in = Files.newInputStream(file)) {
                    parse(keys, file.toString(), in, passphrase);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new ActionException("Cannot load the private key: " + e.getMessage(), e);
        }
        return keys;
    }

    /** Like Mistral, a relative name is looked up in ~/.ssh and may not climb out of it. */
    static Path keyFile(String filename) {
        if (filename.contains("../") || filename.contains("..\\")) {
            throw new ActionException("Private key filename must not contain '..'. Actual: " + filename);
        }
        return Path.of(System.getProperty("user.home"), ".ssh").resolve(filename);
    }

    private static void parse(List<KeyPair> keys, String name, InputStream in, String passphrase)
            throws IOException, GeneralSecurityException {
        FilePasswordProvider password = passphrase == null || passphrase.isEmpty()
                ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(passphrase);
        Iterable<KeyPair> found = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(name), in, password);
        if (found == null) {
            throw new ActionException("Cannot load the private key: no key found in " + name);
        }
        found.forEach(keys::add);
    }
}
