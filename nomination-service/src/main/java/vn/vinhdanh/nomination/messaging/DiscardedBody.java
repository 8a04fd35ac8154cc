package vn.vinhdanh.nomination.messaging;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A receiver's answer body, read and thrown away: nothing of it is kept, and reading stops (closing the connection)
 * after {@code limit} bytes, so a receiver cannot make the dispatcher read an endless answer. Reading it at all lets
 * the connection be reused when the answer is short.
 */
final class DiscardedBody implements HttpResponse.BodySubscriber<Long> {

    private final long limit;
    private final CompletableFuture<Long> read = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long bytes;

    DiscardedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<Long> upTo(long limit) {
        return answer -> new DiscardedBody(limit);
    }

    @Override
    public CompletionStage<Long> getBody() {
        return read;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            bytes += buffer.remaining();
        }
        if (bytes >= limit) {
            subscription.cancel();
            read.complete(bytes);
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        read.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        read.complete(bytes);
    }
}
