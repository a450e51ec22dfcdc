package org.gongkai.org.web;

import java.nio.file.Path;
import java.util.Locale;
import org.gongkai.org.FirstSetup;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.files.PrivateFile;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start without the demo, on a platform with no account: makes the one-time setup token, writes it to
 * {@code DATA_DIR/setup-token} (mode 0600) before the server takes requests, and prints the setup URL once it does.
 * The file goes when the setup is done.
 */
@Component
class SetupAnnouncer implements SmartInitializingSingleton {

    static final String FILE = "setup-token";
    private final FirstSetup setup;
    private final GongkaiProperties props;
    private final MessageSource messages;
    private final Environment env;
    private volatile String token;

    SetupAnnouncer(FirstSetup setup, GongkaiProperties props, MessageSource messages, Environment env) {
        this.setup = setup;
        this.props = props;
        this.messages = messages;
        this.env = env;
    }

    Path file() {
        return props.dataDir().resolve(FILE);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (props.demo()) {
            return;
        }
        setup.offer()
                .ifPresentOrElse(
                        t -> {
                            token = t;
                            PrivateFile.write(file(), t);
                        },
                        () -> PrivateFile.delete(file()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String t = token;
        if (t == null) {
            return;
        }
        String base = props.publicUrl().isEmpty()
                ? "http://localhost:" + env.getProperty("local.server.port", "8080")
                : props.publicUrl().replaceAll("/+$", "");
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        System.out.println();
        System.out.println("==== 公开 Gongkai 初始设置 (setup) ====");
        System.out.println(messages.getMessage("setup.announce", null, zh));
        System.out.println("  " + base + "/setup?token=" + t);
        System.out.println(messages.getMessage("setup.announce.file", new Object[] {file()}, zh));
        System.out.println("=======================================");
    }

    /** The setup is done: the token and its file are gone. */
    void used() {
        token = null;
        PrivateFile.delete(file());
    }
}
