package org.gongkai.reportreading.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.reportreading.ReportAudit;

/**
 * Fetches a portal's annual-report column: each listed address is a column page or a report page. From a column
 * page the links on the same host whose text or address looks like an annual report (年度报告, 年报) are followed
 * once; a report page is kept as it is, a page that attaches files (PDF, DOC, DOCX, XLS) gives its attachments.
 * Every request is bounded: bytes per file, files in all, time per request, redirects only to the same host, and
 * only the content types a report comes in.
 */
public final class PortalFetch {

    /** The bounds of one fetch. */
    public record Limits(long maxBytes, int maxFiles, Duration timeout, int maxRedirects) {

        public static Limits defaults() {
            return new Limits(20L * 1024 * 1024, 200, Duration.ofSeconds(30), 5);
        }
    }

    /** A downloaded report: its address and bytes. */
    public record Download(String url, byte[] content) {}

    /** What a fetch gave: the reports downloaded, the files refused, the links not followed (and why). */
    public record Result(List<Download> downloads, List<ReportAudit.Failure> refused, List<String> skipped) {

        /** The downloads as audit inputs, named by their address. */
        public List<ReportAudit.Input> inputs() {
            return downloads.stream()
                    .map(d -> new ReportAudit.Input(d.url(), d::content))
                    .toList();
        }
    }

    private static final Pattern LINK = Pattern.compile(
            "<a\\s[^>]*?href\\s*=\\s*[\"']([^\"'#]+)[\"'][^>]*>(.*?)</a>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern IMG_SRC =
            Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*[\"'])([^\"']+)([\"'])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Pictures put inside one downloaded page: a report's pages and tables, not a gallery. */
    static final int MAX_PICTURES = 20;

    private static final Pattern ATTACHMENT = Pattern.compile("\\.(pdf|docx?|xlsx?)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TYPES = Set.of(
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream",
            "image/png",
            "image/jpeg",
            "image/tiff");

    private final Limits limits;
    private final HttpClient http;

    public PortalFetch(Limits limits) {
        this.limits = limits;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.timeout())
                .build();
    }

    /** Fetches every listed address (blank lines and lines starting with # are ignored). */
    public Result fetch(List<String> urls) {
        Run run = new Run();
        for (String line : urls) {
            String u = line.strip();
            if (u.isEmpty() || u.startsWith("#")) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                run.refused.add(new ReportAudit.Failure(u, "not an address"));
                continue;
            }
            if (!isHttp(uri)) {
                run.refused.add(new ReportAudit.Failure(u, "not an http(s) address"));
                continue;
            }
            run.visit(uri, true);
        }
        return new Result(run.downloads, run.refused, run.skipped);
    }

    private final class Run {
        final List<Download> downloads = new ArrayList<>();
        final List<ReportAudit.Failure> refused = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Set<URI> seen = new LinkedHashSet<>();

        void visit(URI uri, boolean listed) {
            if (!seen.add(uri)) {
                return;
            }
            if (downloads.size() >= limits.maxFiles()) {
                skipped.add(uri + ": not fetched, " + limits.maxFiles() + " files already downloaded");
                return;
            }
            Fetched page;
            try {
                page = get(uri);
            } catch (Refused e) {
                refused.add(new ReportAudit.Failure(uri.toString(), e.getMessage()));
                return;
            }
            if (!page.isHtml()) {
                downloads.add(new Download(page.uri().toString(), page.body()));
                return;
            }
            String html = text(page.body());
            // a report page, or one a report's link led to that shows the report as pictures
            if (looksLikeReport(html)
                    || !listed
                            && namesReport(title(html))
                            && IMG_SRC.matcher(html).find()) {
                downloads.add(new Download(page.uri().toString(), withPictures(page, skipped)));
                return;
            }
            List<URI> follow = new ArrayList<>();
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                URI target;
                try {
                    target = page.uri().resolve(m.group(1).strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                String text = TAG.matcher(m.group(2)).replaceAll("").strip();
                String path = decoded(target.getRawPath());
                boolean attachment = ATTACHMENT.matcher(path).find();
                boolean report = namesReport(text) || namesReport(path);
                if (!(report || (attachment && !listed))) {
                    continue;
                }
                if (!isHttp(target) || !sameHost(target, page.uri())) {
                    skipped.add(target + ": not followed, another host than "
                            + page.uri().getHost());
                } else if (attachment || listed) {
                    follow.add(target);
                }
            }
            for (URI u : follow) {
                visit(u, false);
            }
            if (follow.isEmpty()) {
                skipped.add(page.uri() + ": no annual report found on the page");
            }
        }
    }

    /**
     * The page with the pictures it shows from its own host put inside it as {@code data:} addresses (reports
     * often publish their tables as images): at most {@link #MAX_PICTURES}, the page staying within the size a
     * download may have. The bytes are kept as sent (the page's own encoding), only the addresses are replaced.
     */
    private byte[] withPictures(Fetched page, List<String> skipped) {
        String html = new String(page.body(), StandardCharsets.ISO_8859_1);
        Matcher m = IMG_SRC.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        long size = page.body().length;
        int inlined = 0;
        while (m.find()) {
            String src = m.group(2).strip();
            String replacement = m.group();
            URI target = picture(page.uri(), src);
            if (target != null && inlined < MAX_PICTURES) {
                try {
                    Fetched f = get(target);
                    if (!f.type().startsWith("image/")) {
                        throw new Refused("refused: content type " + f.type() + " is no picture");
                    }
                    String data = "data:" + f.type() + ";base64,"
                            + Base64.getEncoder().encodeToString(f.body());
                    if (size + data.length() > limits.maxBytes()) {
                        throw new Refused(tooLarge());
                    }
                    size += data.length();
                    inlined++;
                    replacement = m.group(1) + data + m.group(3);
                } catch (Refused e) {
                    skipped.add(target + ": picture not fetched, " + e.getMessage());
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (inlined == 0) {
            return page.body();
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A picture's address on the page's own host, or null (another host, a data: address, malformed). */
    private static URI picture(URI page, String src) {
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            return null;
        }
        try {
            URI target = page.resolve(src.replace(" ", "%20"));
            return isHttp(target) && sameHost(target, page) ? target : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A page's text: UTF-8 when it is valid UTF-8, else GB18030 (GB2312 and GBK pages of Chinese portals). */
    static String text(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(body, Charset.forName("GB18030"));
        }
    }

    private static String title(String html) {
        Matcher m = TITLE.matcher(html);
        return m.find() ? m.group(1) : "";
    }

    private record Fetched(URI uri, String type, byte[] body) {
        boolean isHtml() {
            return type.equals("text/html") || type.equals("application/xhtml+xml");
        }
    }

    /** Why an address gives no report. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private Fetched get(URI start) throws Refused {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> r;
            try {
                r = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(limits.timeout())
                                .header("User-Agent", "gongkai-report-audit")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new Refused("cannot fetch (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Refused("interrupted");
            }
            int status = r.statusCode();
            if (status >= 300 && status < 400) {
                close(r);
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new Refused("redirect without a Location");
                }
                URI next = uri.resolve(location);
                if (!isHttp(next) || !sameHost(next, start)) {
                    throw new Refused("refused: redirects to another host (" + next + ")");
                }
                if (hop + 1 > limits.maxRedirects()) {
                    throw new Refused("refused: more than " + limits.maxRedirects() + " redirects");
                }
                uri = next;
                continue;
            }
            if (status != 200) {
                close(r);
                throw new Refused("HTTP " + status);
            }
            String type = r.headers()
                    .firstValue("Content-Type")
                    .map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT))
                    .orElse("application/octet-stream");
            if (!TYPES.contains(type)) {
                close(r);
                throw new Refused("refused: content type " + type + " is no report");
            }
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limits.maxBytes()) {
                close(r);
                throw new Refused(tooLarge());
            }
            return new Fetched(uri, type, body(r));
        }
    }

    private byte[] body(HttpResponse<InputStream> r) throws Refused {
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        try (InputStream in = r.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > limits.maxBytes()) {
                    throw new Refused(tooLarge());
                }
                if (System.nanoTime() > deadline) {
                    throw new Refused(
                            "refused: took longer than " + limits.timeout().toSeconds() + " s");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused("cannot fetch (" + e.getMessage() + ")");
        }
    }

    private String tooLarge() {
        return "refused: larger than " + limits.maxBytes() + " bytes";
    }

    private static void close(HttpResponse<InputStream> r) {
        try {
            r.body().close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    /** A page holding a report's own tables (the heading of table 三 of both national formats). */
    static boolean looksLikeReport(String html) {
        return html.contains("收到和处理政府信息公开申请") || html.contains("依申请公开政府信息");
    }

    static boolean namesReport(String s) {
        return s.contains("年度报告") || s.contains("年报");
    }

    private static boolean isHttp(URI u) {
        return u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme()));
    }

    private static boolean sameHost(URI a, URI b) {
        return a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }

    /** A safe file name for a download: the address's last path segment, other characters replaced. */
    public static String fileName(String url) {
        String path = decoded(URI.create(url).getRawPath());
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (last.isBlank() || last.startsWith(".")) {
            last = "page" + last;
        }
        return last.length() > 80 ? last.substring(last.length() - 80) : last;
    }

    private static String decoded(String raw) {
        if (raw == null) {
            return "";
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
