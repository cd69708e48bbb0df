package dev.essays.comments.mail;

import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;
import java.util.Map;
import java.util.Properties;

/** Sends {@link MailMessage}s over SMTP with Jakarta Mail. Blocking; {@link MailNotifier} calls it off-thread. */
final class SmtpMailer {

    private final Session session;
    private final InternetAddress from;

    SmtpMailer(MailSettings settings) throws AddressException {
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.smtpHost());
        p.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.startTls())); // no silent fall-back to clear text
        Authenticator auth = null;
        if (!settings.username().isEmpty()) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.username(), settings.password());
                }
            };
        }
        this.session = Session.getInstance(p, auth);
        this.from = single(settings.from());
    }

    void send(MailMessage m) throws MessagingException {
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(from);
        msg.setRecipients(Message.RecipientType.TO, new Address[] {single(m.to())});
        msg.setSubject(m.subject(), "UTF-8");
        msg.setSentDate(new Date());
        msg.setText(m.body(), "UTF-8");
        for (Map.Entry<String, String> h : m.headers().entrySet()) {
            msg.setHeader(h.getKey(), MailComposer.headerSafe(h.getValue()));
        }
        Transport.send(msg);
    }

    /** Exactly one strictly parsed address: a list or anything with a display name or group is refused. */
    static InternetAddress single(String address) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(address, true);
        if (parsed.length != 1 || parsed[0].getPersonal() != null || parsed[0].isGroup()
                || !parsed[0].getAddress().equals(address.strip())) {
            throw new AddressException("not a single plain e-mail address", address);
        }
        parsed[0].validate();
        return parsed[0];
    }
}
