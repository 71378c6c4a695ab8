package io.payout.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The fake RazorpayX's webhooks: each status change of a payout ({@code payout.initiated}, {@code .processed},
 * {@code .failed}, {@code .reversed}) is posted, signed, to {@code POST /payout/gateways/RAZORPAYX/webhooks} of one
 * service instance picked at random among those started (one that is down at that moment loses it: RazorpayX does not
 * promise delivery, the service's inquiries must do without). Delivery is irregular on purpose: some events are sent
 * twice, some late, some held back until after the payout's next change (out of order), and some are followed by a
 * forged webhook that claims the opposite outcome (wrong secret, a genuine signature over a changed body, no
 * signature, or a signature with one digit changed), which the service must refuse.
 */
final class FakeRazorpayXWebhooks implements AutoCloseable {
    enum Kind { GENUINE, WRONG_SECRET, TAMPERED, UNSIGNED, GARBLED }

    /** One POST to make: {@code signature} null sends no signature header; {@code claim} is what a forged one says. */
    record Delivery(Kind kind, String eventId, String reference, long delayMillis, byte[] body, String signature,
                    String claim, String irregularity) {
        boolean forged() {
            return kind != Kind.GENUINE;
        }
    }

    /** How often each irregularity happens, per event; late deliveries wait from a quarter of lateMillis to all of it. */
    record Shares(double duplicate, double late, double outOfOrder, double forged, long lateMillis) {
    }

    /** A forged webhook's false claim about a payout, and when it was sent. */
    record ForgedClaim(String reference, String claim, long sentMillis) {
    }

    private static final String PATH = "/gateways/RAZORPAYX/webhooks";
    private final String secret;
    private final Supplier<List<String>> instanceBaseUrls;
    private final Shares shares;
    private final Random random;
    private final FaultCounter faults;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService senders = new ScheduledThreadPoolExecutor(6, r -> {
        Thread thread = new Thread(r, "fake-razorpayx-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final List<ForgedClaim> forgedClaims = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong events = new AtomicLong();

    FakeRazorpayXWebhooks(String secret, Supplier<List<String>> instanceBaseUrls, Shares shares, long seed,
                          FaultCounter faults) {
        this.secret = secret;
        this.instanceBaseUrls = instanceBaseUrls;
        this.shares = shares;
        this.random = new Random(seed);
        this.faults = faults;
    }

    /** The ledger's listener: plans the deliveries of this change and schedules them. */
    void publish(FakePayoutLedger.Change change) {
        List<Delivery> deliveries;
        synchronized (random) {
            deliveries = plan(change, "evt_" + events.incrementAndGet(), random);
        }
        for (Delivery delivery : deliveries) {
            inFlight.incrementAndGet();
            if (!delivery.irregularity().isEmpty()) {
                faults.count("webhook " + delivery.irregularity());
            }
            senders.schedule(() -> send(delivery), delivery.delayMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The deliveries of one change: the genuine event (maybe late, out of order, or twice), maybe a forged one. */
    List<Delivery> plan(FakePayoutLedger.Change change, String eventId, Random r) {
        long created = change.atMillis() / 1000;
        byte[] body = RazorpayXEvents.body(change.event(), change.entity(), created);
        String signature = RazorpayXEvents.sign(body, secret);
        String reference = change.payout().reference;
        List<Delivery> deliveries = new ArrayList<>();
        long delay = r.nextInt(200);
        String irregularity = "";
        double draw = r.nextDouble();
        if (draw < shares.outOfOrder() && change.nextChangeAtMillis() > 0) {
            delay += Math.max(0, change.nextChangeAtMillis() - change.atMillis()) + 500 + r.nextInt(1500);
            irregularity = "out of order";
        } else if (draw < shares.outOfOrder() + shares.late()) {
            delay += shares.lateMillis() / 4 + (long) (r.nextDouble() * shares.lateMillis() * 3 / 4);
            irregularity = "late";
        }
        deliveries.add(new Delivery(Kind.GENUINE, eventId, reference, delay, body, signature, null, irregularity));
        if (r.nextDouble() < shares.duplicate()) {
            deliveries.add(new Delivery(Kind.GENUINE, eventId, reference, delay + r.nextInt(3000), body, signature, null,
                    "duplicate"));
        }
        if (r.nextDouble() < shares.forged()) {
            deliveries.add(forged(change, eventId, body, signature, r));
        }
        return deliveries;
    }

    private Delivery forged(FakePayoutLedger.Change change, String eventId, byte[] genuineBody, String genuineSignature,
                            Random r) {
        String claim = RazorpayXEvents.falseClaim(change.payout().fate);
        byte[] body = RazorpayXEvents.body("payout." + claim, RazorpayXEvents.claiming(change.entity(), claim),
                change.atMillis() / 1000);
        Kind kind = Kind.values()[1 + r.nextInt(Kind.values().length - 1)];
        String signature = switch (kind) {
            case WRONG_SECRET -> RazorpayXEvents.sign(body, secret + "-guessed");
            case TAMPERED -> genuineSignature;
            case UNSIGNED -> null;
            case GARBLED -> garble(RazorpayXEvents.sign(body, secret), r);
            case GENUINE -> throw new IllegalStateException();
        };
        return new Delivery(kind, eventId + "f", change.payout().reference, r.nextInt(2000), body, signature, claim,
                "forged");
    }

    private static String garble(String hex, Random r) {
        int at = r.nextInt(hex.length());
        char changed = hex.charAt(at) == '0' ? '1' : '0';
        return hex.substring(0, at) + changed + hex.substring(at + 1);
    }

    private void send(Delivery delivery) {
        try {
            List<String> targets = instanceBaseUrls.get();
            if (targets.isEmpty()) {
                outcome(delivery, "lost (no answer)");
                return;
            }
            String target;
            synchronized (random) {
                target = targets.get(random.nextInt(targets.size()));
            }
            if (delivery.forged()) {
                synchronized (forgedClaims) {
                    forgedClaims.add(new ForgedClaim(delivery.reference(), delivery.claim(), System.currentTimeMillis()));
                }
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + PATH))
                    .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .header("X-Razorpay-Event-Id", delivery.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
            if (delivery.signature() != null) {
                request.header("X-Razorpay-Signature", delivery.signature());
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            outcome(delivery, status / 100 == 2 ? "accepted (2xx)" : status == 401 ? "refused (401)"
                    : status / 100 == 4 ? "refused otherwise (4xx)" : "answered " + status / 100 + "xx");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            outcome(delivery, "lost (no answer)");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void outcome(Delivery delivery, String what) {
        outcomes.computeIfAbsent((delivery.forged() ? "forged " : "genuine ") + what, k -> new AtomicInteger())
                .incrementAndGet();
    }

    /** Deliveries planned and not yet made. */
    int inFlight() {
        return inFlight.get();
    }

    /** How the deliveries went, e.g. {@code genuine accepted (2xx)} or {@code forged refused (401)}: counts. */
    Map<String, Integer> outcomes() {
        Map<String, Integer> copy = new TreeMap<>();
        outcomes.forEach((what, count) -> copy.put(what, count.get()));
        return copy;
    }

    List<ForgedClaim> forgedClaims() {
        synchronized (forgedClaims) {
            return List.copyOf(forgedClaims);
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
