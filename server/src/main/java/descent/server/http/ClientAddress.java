package descent.server.http;

import io.javalin.http.Context;

/**
 * Who a request comes from, for rate limiting. By default the TCP peer: X-Forwarded-For is
 * written by the client and trusting it would let anyone pick a fresh address per request. Behind
 * a reverse proxy ({@code --trust-proxy}) the peer is the proxy, and the client is the last
 * address in X-Forwarded-For: the one our proxy appended (earlier entries are client-supplied).
 */
public final class ClientAddress {
  private final boolean trustProxy;

  public ClientAddress(boolean trustProxy) {
    this.trustProxy = trustProxy;
  }

  public String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (!trustProxy) {
      return peer;
    }
    return fromForwardedFor(ctx.header("X-Forwarded-For"), peer);
  }

  static String fromForwardedFor(String header, String peer) {
    if (header == null || header.isBlank()) {
      return peer;
    }
    String[] hops = header.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() || last.length() > 64 ? peer : last;
  }
}
