package org.readinglist.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body up to a limit and stops reading (closing the exchange) as soon as it would go past it, so
 * that a 50 MB page costs no more than the limit. Without a limit to read up to it reads nothing at all.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

    /** The body, or as much of it as was read before it went past the limit. */
    record Bytes(byte[] bytes, boolean tooLarge) {
    }

    private final int limit;
    private final ByteArrayOutputStream read;
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int limit, int initialCapacity) {
        this.limit = limit;
        this.read = new ByteArrayOutputStream(initialCapacity);
    }

    /** Reads at most {@code limit} bytes; {@code announced} is the length the server announced, or -1. */
    static CappedBody upTo(int limit, long announced) {
        return new CappedBody(limit, (int) Math.min(Math.max(announced, 8_192), limit));
    }

    /** Reads nothing: for answers whose body is of no use (redirects, errors, other media). */
    static CappedBody none() {
        return new CappedBody(-1, 0);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (limit < 0) {
            subscription.cancel();
            result.complete(new Bytes(new byte[0], false));
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (buffer.remaining() > limit - read.size()) {
                subscription.cancel();
                result.complete(new Bytes(read.toByteArray(), true));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            read.writeBytes(bytes);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable problem) {
        result.completeExceptionally(problem);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(read.toByteArray(), false));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }
}
