package org.readinglist.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A web server on 127.0.0.1 that serves what a test tells it, by exact path, and remembers the requests it got.
 * Nothing here reaches beyond this machine. Public for the window tests, which add articles from its pages.
 */
public final class TestServer implements AutoCloseable {

    /** A request as the server got it. */
    public record Request(String path, Headers headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final String scheme;

    private TestServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public static TestServer http() throws IOException {
        return new TestServer(HttpServer.create(loopback(), 0), "http");
    }

    /**
     * An https server whose certificate is self-signed, and so trusted by no client. The key store was made with
     * {@code keytool -genkeypair -alias localhost -keyalg EC -groupname secp256r1 -dname CN=127.0.0.1
     * -ext san=ip:127.0.0.1 -validity 36500 -storetype PKCS12 -keystore self-signed.p12 -storepass changeit}.
     */
    static TestServer httpsWithSelfSignedCertificate() throws IOException, GeneralSecurityException {
        char[] password = "changeit".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = TestServer.class.getResourceAsStream("/web/self-signed.p12")) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        return new TestServer(server, "https");
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    public URI uri(String path) {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void handle(String path, HttpHandler handler) {
        handlers.put(path, handler);
    }

    public void html(String path, String html) {
        respond(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public void respond(String path, int status, String contentType, byte[] body) {
        handle(path, exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            send(exchange, status, body);
        });
    }

    void redirect(String path, int status, String location) {
        handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, status, new byte[0]);
        });
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new Request(path, exchange.getRequestHeaders()));
        HttpHandler handler = handlers.get(path);
        try (exchange) {
            if (handler == null) {
                send(exchange, 404, "no such page".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange);
            }
        }
    }

    /** Stops at once, and interrupts handlers that are still waiting or writing. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
