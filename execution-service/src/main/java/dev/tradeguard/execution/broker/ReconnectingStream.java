package dev.tradeguard.execution.broker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import dev.tradeguard.execution.config.ExecutionConfig;
import dev.tradeguard.execution.domain.Broker.StreamState;
import dev.tradeguard.platform.concurrent.DaemonThreads;
import net.jacobpeterson.alpaca.util.okhttp.WebsocketStateListener;
import net.jacobpeterson.alpaca.websocket.AlpacaWebsocket;
import okhttp3.Response;
import okhttp3.WebSocket;

/**
 * Our own reconnection around one of alpaca-java's websockets, shared by {@link AlpacaTradeUpdateStream} and
 * {@link AlpacaMarketDataStream}; each keeps its protocol (authorization, what it subscribes, its messages). The
 * library's reconnect is off (its sleeps and attempt limit are not ours): every connection is a fresh socket with a
 * generation number, and a callback of any older generation is ignored, so a late close or message of a dead
 * connection never schedules a second reconnect or feeds the listener. Everything except the library's own callbacks
 * runs on the stream's one thread.
 *
 * @param <S> the library's websocket type
 */
abstract class ReconnectingStream<S extends AlpacaWebsocket<?, ?, ?>> {
    private static final long AUTHORIZATION_TIMEOUT_SECONDS = 10;

    /** The subclass's category, so the log names the stream it was before the two shared this code. */
    protected final Logger log = Logger.getLogger(getClass());
    private final String name;
    private final ExecutionConfig.Stream config;
    private final Runnable countReconnect;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger generation = new AtomicInteger();
    private volatile StreamState state = StreamState.NOT_STARTED;
    private volatile S websocket;
    private volatile boolean stopped;
    private volatile Duration nextDelay;

    /**
     * @param name what the log calls the stream ({@code trade_updates}, {@code market-data})
     * @param threadName the stream thread's name
     * @param countReconnect the stream's reconnect counter
     */
    protected ReconnectingStream(String name, String threadName, ExecutionConfig.Stream config,
            Runnable countReconnect) {
        this.name = name;
        this.config = config;
        this.countReconnect = countReconnect;
        this.nextDelay = config.reconnectDelay();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
    }

    /** A new, not yet connected socket whose message listener reports with {@code myGeneration}. */
    protected abstract S newSocket(int myGeneration);

    /** The socket has opened (stream thread): authorize and ask for what this stream carries. */
    protected abstract void opened(int myGeneration, S socket);

    /** Told after a connection of this stream was lost and its reconnect is scheduled (callback thread). */
    protected void disconnected(String why) {
    }

    final StreamState state() {
        return state;
    }

    final void start() {
        scheduler.execute(this::connect);
    }

    final void stop() {
        stopped = true;
        state = StreamState.STOPPED;
        S current = websocket;
        if (current != null) {
            current.disconnect();
        }
        scheduler.shutdownNow();
    }

    /** The socket of the newest connection, or null before the first. */
    protected final S socket() {
        return websocket;
    }

    protected final int generation() {
        return generation.get();
    }

    protected final boolean isCurrent(int myGeneration) {
        return myGeneration == generation.get();
    }

    /**
     * Waits (stream thread) for the library's answer to the authentication it sent on open. A refusal gives the
     * connection up and returns false; a timeout or failure is thrown for the stream to handle as its protocol needs.
     */
    protected final boolean authorized(int myGeneration, S socket) throws Exception {
        Future<Boolean> authorization = socket.getAuthorizationFuture();
        if (Boolean.TRUE.equals(authorization.get(AUTHORIZATION_TIMEOUT_SECONDS, TimeUnit.SECONDS))) {
            return true;
        }
        log.errorf("%s stream: the broker refused the API keys", name);
        socket.disconnect();
        lost(myGeneration, "not authorized");
        return false;
    }

    /**
     * Marks the connection of {@code myGeneration} subscribed and resets the back-off; false if a newer connection has
     * replaced it meanwhile.
     */
    protected final boolean subscribed(int myGeneration) {
        if (!isCurrent(myGeneration)) {
            return false;
        }
        state = StreamState.SUBSCRIBED;
        nextDelay = config.reconnectDelay();
        return true;
    }

    /**
     * Gives up the connection of {@code myGeneration} and schedules the next one after the current back-off, which
     * then doubles up to the maximum. Only the first report of a connection counts (onClosed and onFailure may both
     * arrive, and a refused authorization reports too).
     */
    protected final void lost(int myGeneration, String why) {
        if (stopped || !generation.compareAndSet(myGeneration, myGeneration + 1)) {
            return;
        }
        state = StreamState.DISCONNECTED;
        countReconnect.run();
        Duration delay = nextDelay;
        Duration doubled = delay.multipliedBy(2);
        nextDelay = doubled.compareTo(config.maxReconnectDelay()) > 0 ? config.maxReconnectDelay() : doubled;
        log.warnf("%s stream lost (%s); reconnecting in %s", name, why, delay);
        disconnected(why);
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debugf("%s stream stopped while reconnecting", name);
        }
    }

    /** Runs {@code task} on the stream thread; after {@link #stop()} it is dropped. */
    protected final void execute(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException e) {
            log.debugf("%s stream stopped", name);
        }
    }

    /**
     * The answer every socket of ours gives in its {@code onClosing}: close back at once, so a drop is noticed now
     * rather than at a TCP timeout (the library waits for the socket to close by itself).
     */
    static void answerClose(WebSocket webSocket, int code, String reason) {
        webSocket.close(code, reason);
    }

    private void connect() {
        if (stopped) {
            return;
        }
        int myGeneration = generation.incrementAndGet();
        state = StreamState.CONNECTING;
        S socket = newSocket(myGeneration);
        socket.setAutomaticallyReconnect(false);
        socket.setWebsocketStateListener(new WebsocketStateListener() {
            @Override
            public void onOpen(Response response) {
                execute(() -> opened(myGeneration, socket));
            }

            @Override
            public void onClosed(int code, String reason) {
                lost(myGeneration, "closed " + code + " " + reason);
            }

            @Override
            public void onFailure(Throwable failure) {
                lost(myGeneration, String.valueOf(failure));
            }
        });
        websocket = socket;
        socket.connect();
    }
}
