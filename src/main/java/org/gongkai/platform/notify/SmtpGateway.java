package org.gongkai.platform.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email through the SMTP server configured by environment ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}; sender {@code GONGKAI_NOTIFY_MAIL_FROM}). The
 * Message-ID is the notification's own, so a retry after a timeout is recognised as the same message.
 */
class SmtpGateway implements NotificationGateway {

    private final JavaMailSender mail;
    private final String from;

    SmtpGateway(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public void send(Notification n, String messageId) throws DeliveryFailedException {
        try {
            Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            MimeMessageHelper m = new MimeMessageHelper(message, n.attachment() != null, "UTF-8");
            m.setFrom(from);
            m.setTo(n.recipient());
            m.setSubject(n.subject());
            m.setText(n.text(), false);
            if (n.attachment() != null) {
                m.addAttachment(n.attachmentName(), new ByteArrayResource(n.attachment()), "application/pdf");
            }
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
