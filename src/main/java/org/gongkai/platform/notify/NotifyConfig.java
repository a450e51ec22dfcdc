package org.gongkai.platform.notify;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The gateways in use: SMTP when a mail server is configured, SMS through the configured (or logging) gateway. */
@Configuration(proxyBeanMethods = false)
class NotifyConfig {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
        return new LoggingSmsGateway();
    }

    @Bean
    Gateways notificationGateways(ObjectProvider<JavaMailSender> mail, SmsGateway sms, NotifyProperties settings) {
        JavaMailSender sender = mail.getIfAvailable();
        return new Gateways(
                sender == null
                        ? List.of(new SmsNotificationGateway(sms))
                        : List.of(new SmtpGateway(sender, settings.mailFrom()), new SmsNotificationGateway(sms)));
    }

    /** The gateways by channel; a channel without one (email without a mail server) waits and says so. */
    record Gateways(List<NotificationGateway> all) {

        NotificationGateway find(NotificationChannel channel) {
            return all.stream().filter(g -> g.channel() == channel).findFirst().orElse(null);
        }
    }
}
