package de.norderstedt.go.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web Push settings.
 *
 * @param subject who runs this server, for the push services (VAPID {@code sub}: a
 * {@code mailto:} or {@code https:} address)
 * @param allowLocalEndpoints whether browsers may subscribe with a push endpoint on this
 * machine (127.0.0.1, localhost): only for tests and the local fake push service; the
 * embedded default allows it as well
 * @param timeout how long one send may take, connecting included
 * @param allowedHosts the push services browsers may subscribe with (a name, or
 * {@code *.domain} for its subdomains): by default those of Chrome/Edge/Android (FCM),
 * Firefox, Windows and Safari/iOS; {@code *} admits any host on the internet, whose
 * address is then checked at every send
 */
@ConfigurationProperties("go.notifications.push")
public record PushProperties(@DefaultValue("mailto:digitales@norderstedt.de") String subject,
		@DefaultValue("false") boolean allowLocalEndpoints, @DefaultValue("10s") Duration timeout, @DefaultValue( {
				"fcm.googleapis.com", "updates.push.services.mozilla.com", "*.notify.windows.com", "web.push.apple.com",
				"*.push.apple.com" }) List<String> allowedHosts){
}
