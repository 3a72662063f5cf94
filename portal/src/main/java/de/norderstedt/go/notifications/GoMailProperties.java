package de.norderstedt.go.notifications;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of notification e-mails. The mail server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} e-mails go to the outbox that
 * admins read instead.
 *
 * @param from the sender, with a display name ({@code GO_MAIL_FROM})
 * @param replyTo where replies go, if anywhere ({@code GO_MAIL_REPLY_TO})
 */
@ConfigurationProperties("go.notifications.mail")
public record GoMailProperties(@DefaultValue(GoMailProperties.DEFAULT_FROM) String from, @Nullable String replyTo) {

	public static final String DEFAULT_FROM = "Norderstedt GO! <noreply@norderstedt.de>";

	public GoMailProperties {
		from = from.isBlank() ? DEFAULT_FROM : from.strip();
		replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo.strip();
	}

}
