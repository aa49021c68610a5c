package io.bora.actions.std;

import io.bora.actions.ActionException;
import io.bora.py.PyRepr;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Java HTTP clients for std.http. The common case (no proxy, default TLS checks) shares one client;
 * {@code verify=false}, a CA bundle or a proxy get a client of their own, closed after the call.
 */
final class HttpClients {

    private static final HttpClient SHARED = base(null).build();

    private HttpClients() {
    }

    /** True when the call can use the shared client. */
    static boolean usesShared(HttpCall call) {
        return proxyFor(call) == null && tlsVerify(call) == null && call.connectTimeout() == null;
    }

    static HttpClient shared() {
        return SHARED;
    }

    static HttpClient dedicated(HttpCall call) {
        HttpClient.Builder builder = base(call.connectTimeout());
        InetSocketAddress proxy = proxyFor(call);
        if (proxy != null) {
            builder.proxy(ProxySelector.of(proxy));
        }
        Object verify = tlsVerify(call);
        if (verify != null) {
            builder.sslContext(sslContext(verify));
        }
        return builder.build();
    }

    private static HttpClient.Builder base(Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                // requests speaks HTTP/1.1 only and follows no redirect unless asked; we follow by hand
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY);
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        return builder;
    }

    /** Mistral only passes {@code verify} for https URLs; true means the JDK's default checks. */
    private static Object tlsVerify(HttpCall call) {
        Object verify = call.verify();
        if (!"https".equalsIgnoreCase(call.uri().getScheme()) || verify == null || Boolean.TRUE.equals(verify)) {
            return null;
        }
        return verify;
    }

    /** requests' proxies map: keyed by scheme, {@code scheme://host}, or {@code all}. */
    private static InetSocketAddress proxyFor(HttpCall call) {
        Map<String, Object> proxies = call.proxies();
        if (proxies == null || proxies.isEmpty()) {
            return null;
        }
        URI uri = call.uri();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Object proxy = proxies.get(scheme + "://" + uri.getHost());
        if (proxy == null) {
            proxy = proxies.get(scheme);
        }
        if (proxy == null) {
            proxy = proxies.get("all");
        }
        if (proxy == null) {
            return null;
        }
        String text = PyRepr.str(proxy);
        URI proxyUri = URI.create(text.contains("://") ? text : "http://" + text);
        if (proxyUri.getHost() == null) {
            throw new ActionException("Invalid proxy URL '" + text + "'");
        }
        int port = proxyUri.getPort() > 0 ? proxyUri.getPort() : 8080;
        return InetSocketAddress.createUnresolved(proxyUri.getHost(), port);
    }

    private static SSLContext sslContext(Object verify) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManager[] trust = Boolean.FALSE.equals(verify)
                    ? new TrustManager[] {new TrustEverything()}
                    : trustBundle(Path.of(PyRepr.str(verify)));
            context.init(null, trust, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ActionException("Could not use TLS settings verify=" + PyRepr.repr(verify) + ": " + e.getMessage(), e);
        }
    }

    /** A CA bundle file (PEM, one or more certificates) as requests accepts in {@code verify}. */
    private static TrustManager[] trustBundle(Path bundle) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(bundle)) {
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    /**
     * {@code verify: false}: accept any certificate and any host name. Being an extended trust manager,
     * it also takes over the endpoint identification the JDK would otherwise do.
     */
    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
