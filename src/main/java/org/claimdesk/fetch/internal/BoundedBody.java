package org.claimdesk.fetch.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow.Subscription;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body into memory up to a limit, one buffer at a time; past the limit it stops reading
 * and drops the connection, so an endless or huge body costs at most the limit.
 */
final class BoundedBody implements BodySubscriber<BoundedBody.Body> {

    /** What was read: the bytes, or that there were more than the limit (then no bytes are kept). */
    record Body(byte[] bytes, boolean tooLarge) {

        static final Body NONE = new Body(new byte[0], false);
        static final Body TOO_LARGE = new Body(new byte[0], true);
    }

    private final long maxBytes;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private @Nullable Subscription subscription;

    private BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads at most {@code maxBytes}. */
    static BodySubscriber<Body> upTo(long maxBytes) {
        return new BoundedBody(maxBytes);
    }

    /** Reads nothing: for redirects and refused responses, whose body nobody needs. */
    static BodySubscriber<Body> skipped() {
        return new BoundedBody(-1);
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        this.subscription = subscription;
        if (maxBytes < 0) {
            finish(Body.NONE);
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
            if (received.size() + (long) buffer.remaining() > maxBytes) {
                finish(Body.TOO_LARGE);
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
        if (subscription != null) {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(received.toByteArray(), false));
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    private void finish(Body body) {
        if (subscription != null) {
            subscription.cancel();
        }
        received.reset();
        result.complete(body);
    }
}
