package org.gongkai.platform.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay in front of a real SMTP server that, in every session addressed to {@code recipient}, lets the message
 * through but never passes on the server's answer to it: the mail arrives and the sender times out, as when a
 * network drops the final reply.
 */
final class WithheldReplyProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final String recipient;
    private final AtomicBoolean open = new AtomicBoolean(true);

    WithheldReplyProxy(int target, String recipient) throws IOException {
        this.server = new ServerSocket(0);
        this.target = target;
        this.recipient = recipient.toLowerCase(java.util.Locale.ROOT);
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (open.get()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket("127.0.0.1", target);
                AtomicBoolean withhold = new AtomicBoolean(false);
                Thread.ofVirtual().start(() -> clientToServer(client, upstream, withhold));
                Thread.ofVirtual().start(() -> serverToClient(upstream, client, withhold));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Relays what the sender says; once the message of a session to the recipient has ended, answers are held. */
    private void clientToServer(Socket client, Socket upstream, AtomicBoolean withhold) {
        try (InputStream in = client.getInputStream();
                OutputStream out = upstream.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT));
                if (seen.length() > 200_000) {
                    seen.delete(0, seen.length() - 1000);
                }
                boolean ours = seen.indexOf("rcpt to:<" + recipient + ">") >= 0;
                boolean ended = seen.indexOf("\r\n.\r\n") >= 0;
                if (ours && ended) {
                    withhold.set(true);
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the sender gave up or the server closed: the session is over
        }
    }

    private static void serverToClient(Socket upstream, Socket client, AtomicBoolean withhold) {
        try (InputStream in = upstream.getInputStream();
                OutputStream out = client.getOutputStream()) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (!withhold.get()) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        open.set(false);
        server.close();
    }
}
