package org.readinglist.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A web server on 127.0.0.1 that answers every request only after a while, as a slow site does, and tells for each
 * request whether the client hung up before the answer. A plain socket, so that a connection closed by the client is
 * seen at once. Public for the window tests.
 */
public final class SlowServer implements AutoCloseable {

    /** How a request ended. */
    public enum End { CLIENT_HUNG_UP, ANSWERED }

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Slow page</title></head><body></body></html>";

    private final ServerSocket socket;
    private final Duration answerAfter;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "slow-server");
        thread.setDaemon(true);
        return thread;
    });
    /** One for each request, in the order they came. */
    private final List<CompletableFuture<End>> ends = new CopyOnWriteArrayList<>();

    private SlowServer(Duration answerAfter) throws IOException {
        this.answerAfter = answerAfter;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** A server that answers each request with a small page once {@code answerAfter} has passed. */
    public static SlowServer answeringAfter(Duration answerAfter) throws IOException {
        return new SlowServer(answerAfter);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    /** Waits until {@code count} requests have come, at most {@code bound}; whether they have. */
    public boolean awaitRequests(int count, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (ends.size() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** How the request with this number (from 1) ended, waiting for it at most {@code bound}. */
    public End awaitEnd(int request, Duration bound)
            throws InterruptedException, ExecutionException, TimeoutException {
        long start = System.nanoTime();
        if (!awaitRequests(request, bound)) {
            throw new TimeoutException("request " + request + " never came");
        }
        long left = bound.toNanos() - (System.nanoTime() - start);
        return ends.get(request - 1).get(Math.max(left, 0), TimeUnit.NANOSECONDS);
    }

    public int requests() {
        return ends.size();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                threads.execute(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            if (!readRequestHead(in)) {
                return;
            }
            CompletableFuture<End> end = new CompletableFuture<>();
            ends.add(end);
            long deadline = System.nanoTime() + answerAfter.toNanos();
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    answer(connection.getOutputStream());
                    end.complete(End.ANSWERED);
                    return;
                }
                connection.setSoTimeout((int) left);
                try {
                    if (in.read() < 0) {
                        end.complete(End.CLIENT_HUNG_UP);
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    // time to answer
                } catch (SocketException e) {
                    end.complete(End.CLIENT_HUNG_UP); // reset by the client
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away while the answer was written, or the server closed
        }
    }

    /** Reads up to the blank line that ends the request's head; false when the connection ends before it. */
    private static boolean readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return true;
    }

    private static void answer(OutputStream out) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
