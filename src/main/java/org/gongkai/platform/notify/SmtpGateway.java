package org.gongkai.platform.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Date;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email through the SMTP server configured by environment ({@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}; sender {@code GONGKAI_NOTIFY_MAIL_FROM}). The
 * Message-ID is the notification's own. A timeout once the message is handed over is reported as uncertain
 * ({@link DeliveryUncertainException}), never retried, so that nothing is sent twice.
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
            if (mail instanceof JavaMailSenderImpl impl) {
                send(impl, message);
            } else {
                mail.send(message);
            }
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailedException(why(e), e);
        }
    }

    /**
     * Connects, then hands the message over. A failure to connect, or a refusal by the server, sent nothing: it is
     * retried. A timeout or a dropped connection once connected may come after the server took the message: it is
     * uncertain, and not retried, so that the applicant never gets one letter twice.
     */
    private static void send(JavaMailSenderImpl impl, MimeMessage message) throws DeliveryFailedException {
        Transport transport;
        try {
            transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
            transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
        } catch (MessagingException e) {
            throw new DeliveryFailedException(why(e), e);
        }
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (connectionLost(e)) {
                throw new DeliveryUncertainException(why(e), e);
            }
            throw new DeliveryFailedException(why(e), e);
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the message's fate was settled above; a failed QUIT changes nothing
            }
        }
    }

    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SocketTimeoutException || t instanceof SocketException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String why(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
